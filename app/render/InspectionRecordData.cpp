#include "InspectionRecordData.h"

#include "RecordJsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace psv {

namespace {

InspectionRecordData::Officer readOfficer(RecordJsonReader &r)
{
    return {
        r.string(QStringLiteral("name")), r.string(QStringLiteral("unit")), r.string(QStringLiteral("policeNumber"))};
}

InspectionRecordData::Party readParty(RecordJsonReader &r)
{
    return {r.string(QStringLiteral("name")), r.string(QStringLiteral("position")), r.string(QStringLiteral("phone"))};
}

QJsonObject officerJson(const InspectionRecordData::Officer &o)
{
    return {{QStringLiteral("name"), o.name}, {QStringLiteral("unit"), o.unit},
        {QStringLiteral("policeNumber"), o.policeNumber}};
}

QJsonObject partyJson(const InspectionRecordData::Party &p)
{
    return {
        {QStringLiteral("name"), p.name}, {QStringLiteral("position"), p.position}, {QStringLiteral("phone"), p.phone}};
}

void readItems(RecordJsonReader &r, InspectionRecordData &d)
{
    r.objects(QStringLiteral("items"), [&d](RecordJsonReader &c) {
        InspectionRecordData::Item item;
        item.number = c.string(QStringLiteral("number"));
        item.text = c.string(QStringLiteral("text"));
        item.result
            = c.code(QStringLiteral("result"), InspectionRecordData::itemResults(), QStringLiteral("not-checked"));
        item.observations = c.string(QStringLiteral("observations"));
        item.notes = c.string(QStringLiteral("notes"));
        d.items << item;
    });
}

void readEvidence(RecordJsonReader &r, InspectionRecordData &d)
{
    r.objects(QStringLiteral("evidence"), [&d](RecordJsonReader &c) {
        InspectionRecordData::Evidence e;
        e.file = c.string(QStringLiteral("file"));
        e.captureTime = c.string(QStringLiteral("captureTime"));
        e.device = c.string(QStringLiteral("device"));
        e.duration = c.string(QStringLiteral("duration"));
        e.timeRange = c.string(QStringLiteral("timeRange"));
        e.sha256 = c.string(QStringLiteral("sha256")).toLower();
        if (c.ok() && !RecordJsonReader::isSha256Hex(e.sha256))
            c.fail(QStringLiteral("sha256"),
                QCoreApplication::translate(
                    "RecordJsonReader", "An evidence file needs its SHA-256 as 64 hex digits."));
        d.evidence << e;
    });
}

InspectionRecordData::Outcome readOutcome(RecordJsonReader &r)
{
    InspectionRecordData::Outcome o;
    o.orderKind = r.code(QStringLiteral("orderKind"), InspectionRecordData::orderKinds(), QString());
    o.documentNumber = r.string(QStringLiteral("documentNumber"));
    o.legalBasis = r.string(QStringLiteral("legalBasis"));
    o.deadline = r.string(QStringLiteral("deadline"));
    o.reinspectionDate = r.string(QStringLiteral("reinspectionDate"));
    o.reinspectionBasis = r.string(QStringLiteral("reinspectionBasis"));
    return o;
}

QJsonObject outcomeJson(const InspectionRecordData::Outcome &o)
{
    return {{QStringLiteral("orderKind"), o.orderKind}, {QStringLiteral("documentNumber"), o.documentNumber},
        {QStringLiteral("legalBasis"), o.legalBasis}, {QStringLiteral("deadline"), o.deadline},
        {QStringLiteral("reinspectionDate"), o.reinspectionDate},
        {QStringLiteral("reinspectionBasis"), o.reinspectionBasis}};
}

} // namespace

const QStringList &InspectionRecordData::kinds()
{
    static const QStringList k {
        QStringLiteral("general"), QStringLiteral("professional"), QStringLiteral("art12-focus")};
    return k;
}

const QStringList &InspectionRecordData::triggers()
{
    static const QStringList k {QStringLiteral("routine"), QStringLiteral("report"), QStringLiteral("reinspection")};
    return k;
}

const QStringList &InspectionRecordData::itemResults()
{
    static const QStringList k {QStringLiteral("compliant"), QStringLiteral("non-compliant"),
        QStringLiteral("not-applicable"), QStringLiteral("not-checked")};
    return k;
}

const QStringList &InspectionRecordData::orderKinds()
{
    static const QStringList k {QStringLiteral("correction"), QStringLiteral("correction-deadline"),
        QStringLiteral("penalty-proposal"), QStringLiteral("referral")};
    return k;
}

Result<InspectionRecordData> InspectionRecordData::fromJson(const QByteArray &json)
{
    const Result<QJsonObject> o = RecordJsonReader::parseObject(json);
    if (!o)
        return o.error();
    return fromJson(*o);
}

Result<InspectionRecordData> InspectionRecordData::fromJson(const QJsonObject &json)
{
    InspectionRecordData d;
    RecordJsonReader r(json);
    d.organName = r.string(QStringLiteral("organName"));
    d.number = r.string(QStringLiteral("number"));
    d.kind = r.code(QStringLiteral("kind"), kinds(), QStringLiteral("general"));
    d.trigger = r.code(QStringLiteral("trigger"), triggers(), QStringLiteral("routine"));
    d.triggerReference = r.string(QStringLiteral("triggerReference"));
    d.startTime = r.string(QStringLiteral("startTime"));
    d.endTime = r.string(QStringLiteral("endTime"));
    d.place = r.string(QStringLiteral("place"));
    r.objects(QStringLiteral("officers"), [&d](RecordJsonReader &c) { d.officers << readOfficer(c); });
    r.object(QStringLiteral("recorder"), [&d](RecordJsonReader &c) { d.recorder = readOfficer(c); });
    r.object(QStringLiteral("unit"), [&d](RecordJsonReader &c) {
        d.unit
            = {c.string(QStringLiteral("name")), c.string(QStringLiteral("uscc")), c.string(QStringLiteral("address"))};
    });
    r.object(QStringLiteral("representative"), [&d](RecordJsonReader &c) { d.representative = readParty(c); });
    r.object(QStringLiteral("witness"), [&d](RecordJsonReader &c) { d.witness = readParty(c); });
    d.bodyCameras = r.strings(QStringLiteral("bodyCameras"));
    d.legalBasis = r.strings(QStringLiteral("legalBasis"));
    readItems(r, d);
    d.problems = r.strings(QStringLiteral("problems"));
    // "outcomes": one per order; "outcome": the older single-order form.
    r.object(QStringLiteral("outcome"), [&d](RecordJsonReader &c) {
        const InspectionRecordData::Outcome o = readOutcome(c);
        if (!o.orderKind.isEmpty())
            d.outcomes << o;
    });
    r.objects(QStringLiteral("outcomes"), [&d](RecordJsonReader &c) { d.outcomes << readOutcome(c); });
    readEvidence(r, d);
    d.partyRefusedToSign = r.boolean(QStringLiteral("partyRefusedToSign"));
    d.partyOpinion = r.string(QStringLiteral("partyOpinion"));
    d.sealed = r.boolean(QStringLiteral("sealed"));
    d.sealHash = r.string(QStringLiteral("sealHash")).toLower();
    if (r.ok() && d.number.isEmpty())
        r.fail(QStringLiteral("number"),
            QCoreApplication::translate("RecordJsonReader", "A record needs its inspection number."));
    if (r.ok() && d.sealed && !RecordJsonReader::isSha256Hex(d.sealHash))
        r.fail(QStringLiteral("sealHash"),
            QCoreApplication::translate("RecordJsonReader", "A sealed record needs its seal hash as 64 hex digits."));
    if (r.ok() && !d.sealed && !d.sealHash.isEmpty())
        r.fail(QStringLiteral("sealHash"),
            QCoreApplication::translate(
                "RecordJsonReader", "A draft has no seal hash; set \"sealed\": true or remove it."));
    if (!r.ok())
        return r.error();
    return d;
}

QJsonObject InspectionRecordData::toJson() const
{
    QJsonArray officersJson;
    for (const Officer &o : officers)
        officersJson << officerJson(o);
    QJsonArray itemsJson;
    for (const Item &i : items)
        itemsJson << QJsonObject {{QStringLiteral("number"), i.number}, {QStringLiteral("text"), i.text},
            {QStringLiteral("result"), i.result}, {QStringLiteral("observations"), i.observations},
            {QStringLiteral("notes"), i.notes}};
    QJsonArray evidenceJson;
    for (const Evidence &e : evidence)
        evidenceJson << QJsonObject {{QStringLiteral("file"), e.file}, {QStringLiteral("captureTime"), e.captureTime},
            {QStringLiteral("device"), e.device}, {QStringLiteral("duration"), e.duration},
            {QStringLiteral("timeRange"), e.timeRange}, {QStringLiteral("sha256"), e.sha256}};
    QJsonArray outcomesJson;
    for (const Outcome &o : outcomes)
        outcomesJson << outcomeJson(o);
    return {{QStringLiteral("organName"), organName}, {QStringLiteral("number"), number},
        {QStringLiteral("kind"), kind}, {QStringLiteral("trigger"), trigger},
        {QStringLiteral("triggerReference"), triggerReference}, {QStringLiteral("startTime"), startTime},
        {QStringLiteral("endTime"), endTime}, {QStringLiteral("place"), place},
        {QStringLiteral("officers"), officersJson}, {QStringLiteral("recorder"), officerJson(recorder)},
        {QStringLiteral("unit"),
            QJsonObject {{QStringLiteral("name"), unit.name}, {QStringLiteral("uscc"), unit.uscc},
                {QStringLiteral("address"), unit.address}}},
        {QStringLiteral("representative"), partyJson(representative)}, {QStringLiteral("witness"), partyJson(witness)},
        {QStringLiteral("bodyCameras"), QJsonArray::fromStringList(bodyCameras)},
        {QStringLiteral("legalBasis"), QJsonArray::fromStringList(legalBasis)}, {QStringLiteral("items"), itemsJson},
        {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}, {QStringLiteral("outcomes"), outcomesJson},
        {QStringLiteral("evidence"), evidenceJson}, {QStringLiteral("partyRefusedToSign"), partyRefusedToSign},
        {QStringLiteral("partyOpinion"), partyOpinion}, {QStringLiteral("sealed"), sealed},
        {QStringLiteral("sealHash"), sealHash}};
}

} // namespace psv
