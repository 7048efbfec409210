// The sealed inspection the store, sync and CLI tests share: two item results (one non-compliant
// with a linked video range), an order and a metadata-only evidence record, sealed through the
// real repositories and SealService.
#pragma once

#include "EvidenceRepository.h"
#include "ItemResultRepository.h"
#include "OrderRepository.h"
#include "SealService.h"
#include "StoreFixture.h"

namespace psv::storetest {

inline Inspection sealedInspection(
    StoreFixture &fx, const QString &notes = {}, const QString &evidenceSha256 = QString(64, u'9'), qint64 size = 10)
{
    Inspection draft = fx.draft();
    draft.notes = notes;
    auto created = InspectionRepository(*fx.db).create(draft, fx.actor);
    if (!created)
        return {};
    const Inspection i = created.value();
    Evidence e;
    e.inspectionId = i.id;
    e.sha256 = evidenceSha256;
    e.size = size;
    e.originalName = QStringLiteral("DSJ.mp4");
    const Evidence ev = EvidenceRepository(*fx.db).add(e, fx.actor).value();
    ItemResultRepository items(*fx.db);
    ItemResult a;
    a.inspectionId = i.id;
    a.itemKey = QStringLiteral("2");
    a.status = ItemStatus::NonCompliant;
    a.observation = QStringLiteral("入口未设置显著提示标识");
    a.evidence = {EvidenceLink {ev.id, 1000, 8000, QString()}};
    ItemResult b;
    b.inspectionId = i.id;
    b.itemKey = QStringLiteral("1");
    b.status = ItemStatus::Compliant;
    if (!items.set(a, fx.actor) || !items.set(b, fx.actor))
        return {};
    Order o;
    o.inspectionId = i.id;
    o.kind = OrderKind::Correction;
    o.findings = {QStringLiteral("2")};
    o.legalBasis = QStringLiteral("《条例》第十三条");
    o.issuedOn = QDate(2026, 3, 1);
    if (!OrderRepository(*fx.db).add(o, fx.actor))
        return {};
    auto s = SealService(*fx.db).seal(i.id, fx.actor);
    return s ? s.value() : Inspection {};
}

} // namespace psv::storetest
