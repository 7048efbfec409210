#include "AuditEntry.h"

#include "CanonicalJson.h"
#include "IsoTime.h"
#include "JsonReader.h"
#include "Sha256.h"

namespace psv {

QString AuditEntry::genesisHash()
{
    return QString(64, u'0');
}

QJsonObject AuditEntry::hashedContent() const
{
    return {{QStringLiteral("seq"), double(seq)}, {QStringLiteral("at"), IsoTime::format(at)},
        {QStringLiteral("actor_id"), actorId}, {QStringLiteral("actor"), actorName}, {QStringLiteral("action"), action},
        {QStringLiteral("entity_type"), entityType}, {QStringLiteral("entity_id"), entityId},
        {QStringLiteral("details"), details}};
}

QString AuditEntry::computeHash() const
{
    Sha256 h;
    h.addData(prevHash.toLatin1());
    h.addData(CanonicalJson::serialize(hashedContent()));
    return h.hexResult();
}

QJsonObject AuditEntry::toJson() const
{
    QJsonObject o = hashedContent();
    o.insert(QStringLiteral("prev_hash"), prevHash);
    o.insert(QStringLiteral("hash"), hash);
    return o;
}

Result<AuditEntry> AuditEntry::fromJson(const QJsonObject &json)
{
    JsonReader r(json, QStringLiteral("audit"));
    AuditEntry e;
    e.seq = r.integer(QStringLiteral("seq"), true).value_or(0);
    e.at = r.time(QStringLiteral("at"), true);
    e.actorId = r.string(QStringLiteral("actor_id"));
    e.actorName = r.string(QStringLiteral("actor"), true);
    e.action = r.string(QStringLiteral("action"), true);
    e.entityType = r.string(QStringLiteral("entity_type"), true);
    e.entityId = r.string(QStringLiteral("entity_id"));
    e.details = r.object(QStringLiteral("details"));
    e.prevHash = r.string(QStringLiteral("prev_hash"), true);
    e.hash = r.string(QStringLiteral("hash"), true);
    if (!r.ok())
        return r.error();
    return e;
}

} // namespace psv
