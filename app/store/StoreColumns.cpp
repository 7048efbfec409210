#include "StoreColumns.h"

namespace psv {

namespace {
QStringList split(const char *columns)
{
    return QString::fromLatin1(columns).split(QStringLiteral(", "));
}
} // namespace

const QStringList &StoreColumns::units()
{
    static const QStringList c = split("id, name, type, uscc, address, contact_person, contact_phone, police_station, "
                                       "county_organ, created_at, updated_at, hlc");
    return c;
}

const QStringList &StoreColumns::sites()
{
    static const QStringList c
        = split("id, unit_id, name, address, latitude, longitude, category, in_use_since, camera_count, camera_types, "
                "retention_days, filing_status, filing_number, filing_date, filed_camera_count, filed_retention_days, "
                "jurisdiction, created_at, updated_at, hlc");
    return c;
}

const QStringList &StoreColumns::officers()
{
    static const QStringList c
        = split("id, name, police_number, unit_name, role, active, secret_hash, created_at, updated_at, hlc");
    return c;
}

const QStringList &StoreColumns::inspections()
{
    static const QStringList c
        = split("id, number, version, supersedes_id, correction_reason, site_id, kind, trigger_kind, report_reference, "
                "reinspection_of_order_id, checklist_id, checklist_version, checklist_hash, started_at, ended_at, "
                "recorder_id, representative, witness, body_cameras, notes, status, snapshot, seal_hash, sealed_at, "
                "sealed_by, created_at, updated_at, hlc");
    return c;
}

const QStringList &StoreColumns::itemResults()
{
    static const QStringList c = split("inspection_id, item_key, status, observation, observations, updated_at");
    return c;
}

const QStringList &StoreColumns::orders()
{
    static const QStringList c
        = split("id, inspection_id, kind, findings, facts, legal_basis, requirement, issued_on, deadline, "
                "reinspection_due, due_basis, document_number, status, reinspection_id, created_at, updated_at, hlc, "
                "violated");
    return c;
}

const QStringList &StoreColumns::evidence()
{
    static const QStringList c
        = split("id, inspection_id, sha256, size, original_name, original_path, device_number, captured_at, "
                "capture_time_source, imported_at, imported_by, media_type, duration_ms, width, height, codec, flags, "
                "store_path, created_at, hlc");
    return c;
}

const QStringList &StoreColumns::auditLog()
{
    static const QStringList c
        = split("seq, at, actor_id, actor, action, entity_type, entity_id, details, prev_hash, hash");
    return c;
}

const QStringList &StoreColumns::changeLog()
{
    static const QStringList c = split("seq, device_id, hlc, entity_type, entity_id, op");
    return c;
}

const QStringList &StoreColumns::syncPeers()
{
    static const QStringList c
        = split("peer_id, last_acked_seq, last_received_seq, last_received_hlc, last_bundle_id, updated_at");
    return c;
}

const QStringList &StoreColumns::syncConflicts()
{
    static const QStringList c
        = split("id, kind, entity_type, entity_id, field, base, local, remote, local_hlc, remote_hlc, peer_id, "
                "bundle_id, created_at, status, resolution, settled_by, settled_at");
    return c;
}

} // namespace psv
