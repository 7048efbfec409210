// Synthetic but realistically sized records for bundle tests and benchmarks: a sealed inspection
// of the national checklist with 13 item results (about 6 KB of canonical JSON), units and sites.
#pragma once

#include "BundleRecord.h"
#include "Sha256.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

namespace psv::test {

inline QString uuidFor(quint64 seed, const char *salt)
{
    return QUuid::createUuidV5(QUuid(), QLatin1String(salt) + QString::number(seed)).toString(QUuid::WithoutBraces);
}

inline BundleRecord sealedInspection(int i, const QString &device = QStringLiteral("A7F3"))
{
    static const QStringList statuses {QStringLiteral("compliant"), QStringLiteral("non-compliant"),
        QStringLiteral("not-applicable"), QStringLiteral("compliant")};
    static const QStringList notes {
        QStringLiteral("现场查看监控中心，图像显示正常，存储设备运行正常，调阅%1天前录像可正常回放。"),
        QStringLiteral("出入口摄像机%1台，其中1台画面模糊，已告知管理单位立即维护。"),
        QStringLiteral("值班记录、维护保养记录齐全，最近一次维护时间为本月第%1日。"),
        QStringLiteral("备案信息与现场核对一致，备案摄像机数量%1台，现场实有数量相符。")};
    QRandomGenerator g(quint32(i) * 7919u + 17u);
    const QString id = uuidFor(quint64(i), "inspection");
    QJsonArray items;
    for (int k = 1; k <= 13; ++k) {
        QJsonArray evidence;
        for (int e = 0; e < 1 + int(g.bounded(2)); ++e)
            evidence.append(
                QJsonObject {{QStringLiteral("sha256"), Sha256::hex(QByteArray::number(i * 100 + k * 10 + e))},
                    {QStringLiteral("from"), int(g.bounded(600))}, {QStringLiteral("to"), 600 + int(g.bounded(600))}});
        items.append(QJsonObject {{QStringLiteral("itemId"), QStringLiteral("mps-2025/10-%1").arg(k)},
            {QStringLiteral("status"), statuses.at(int(g.bounded(4)))},
            {QStringLiteral("observation"), notes.at(int(g.bounded(4))).arg(g.bounded(90))},
            {QStringLiteral("structured"),
                QJsonObject {{QStringLiteral("camerasSeen"), int(g.bounded(64))},
                    {QStringLiteral("retentionDays"), 30 + int(g.bounded(60))}}},
            {QStringLiteral("evidence"), evidence}});
    }
    const QJsonObject officer1 {{QStringLiteral("id"), uuidFor(g.bounded(50), "officer")},
        {QStringLiteral("name"), QStringLiteral("王警官")}, {QStringLiteral("policeNumber"), QStringLiteral("012345")}};
    const QJsonObject officer2 {{QStringLiteral("id"), uuidFor(50 + g.bounded(50), "officer")},
        {QStringLiteral("name"), QStringLiteral("李警官")}, {QStringLiteral("policeNumber"), QStringLiteral("067890")}};
    const QJsonObject data {
        {QStringLiteral("number"), QStringLiteral("%1-2026-%2").arg(device).arg(i + 1, 5, 10, QLatin1Char('0'))},
        {QStringLiteral("siteId"), uuidFor(quint64(i % 997), "site")},
        {QStringLiteral("unitId"), uuidFor(quint64(i % 331), "unit")},
        {QStringLiteral("kind"), QStringLiteral("general")}, {QStringLiteral("trigger"), QStringLiteral("routine")},
        {QStringLiteral("checklistId"), QStringLiteral("mps-2025")}, {QStringLiteral("checklistVersion"), 3},
        {QStringLiteral("startedAt"), QStringLiteral("2026-03-02T01:30:00.000Z")},
        {QStringLiteral("endedAt"), QStringLiteral("2026-03-02T03:10:00.000Z")},
        {QStringLiteral("officers"), QJsonArray {officer1, officer2}},
        {QStringLiteral("representative"),
            QJsonObject {{QStringLiteral("name"), QStringLiteral("张经理")},
                {QStringLiteral("phone"), QStringLiteral("13800000000")}}},
        {QStringLiteral("witness"), QStringLiteral("赵某")},
        {QStringLiteral("bodyCameras"), QJsonArray {QStringLiteral("DSJ-%1").arg(g.bounded(100000))}},
        {QStringLiteral("status"), QStringLiteral("sealed")}, {QStringLiteral("items"), items},
        {QStringLiteral("sealedAt"), QStringLiteral("2026-03-02T03:20:00.000Z")},
        {QStringLiteral("sealHash"), Sha256::hex(id.toUtf8())}};
    BundleRecord r;
    r.type = QStringLiteral("inspection");
    r.id = id;
    r.data = data;
    r.hlc = HlcTimestamp {1772415600000LL + i, 0, device};
    return r;
}

inline BundleRecord unitRecord(int i, const QString &device = QStringLiteral("A7F3"))
{
    BundleRecord r;
    r.type = QStringLiteral("unit");
    r.id = uuidFor(quint64(i), "unit");
    r.data = QJsonObject {{QStringLiteral("name"), QStringLiteral("示例商贸有限公司%1").arg(i)},
        {QStringLiteral("type"), QStringLiteral("enterprise")},
        {QStringLiteral("uscc"), QStringLiteral("91350100M000100Y43")},
        {QStringLiteral("address"), QStringLiteral("福州市鼓楼区示例路%1号").arg(i)}};
    const HlcTimestamp t {1772415600000LL + i, 1, device};
    r.hlc = t;
    for (auto it = r.data.constBegin(); it != r.data.constEnd(); ++it)
        r.stamps.insert(it.key(), t);
    return r;
}

} // namespace psv::test
