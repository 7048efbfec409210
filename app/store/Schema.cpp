#include "Schema.h"

namespace psv {

namespace {

// Sealed inspections: the app refuses every change with a precise message first; these triggers
// are the second line, so that no code path (and no careless sqlite3 session) changes sealed data.
#define PSV_SEALED(tbl, row) "(SELECT seal_hash FROM inspections WHERE id = " row ".inspection_id) IS NOT NULL"
#define PSV_GUARD(name, when, tbl, cond, msg)                                                                          \
    "CREATE TRIGGER " name " BEFORE " when " ON " tbl " WHEN " cond " BEGIN SELECT RAISE(ABORT, '" msg "'); END"

const QList<const char *> v1 = {
    R"(CREATE TABLE units (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL CHECK (name <> ''),
        type TEXT NOT NULL CHECK (type IN ('enterprise','government','institution','individual','other')),
        uscc TEXT CHECK (uscc IS NULL OR length(uscc) = 18),
        address TEXT NOT NULL DEFAULT '',
        contact_person TEXT NOT NULL DEFAULT '',
        contact_phone TEXT NOT NULL DEFAULT '',
        police_station TEXT NOT NULL DEFAULT '',
        county_organ TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        hlc TEXT NOT NULL))",
    "CREATE UNIQUE INDEX units_uscc ON units (uscc) WHERE uscc IS NOT NULL",
    "CREATE INDEX units_name ON units (name, uscc, id)",

    R"(CREATE TABLE sites (
        id TEXT PRIMARY KEY NOT NULL,
        unit_id TEXT NOT NULL REFERENCES units (id),
        name TEXT NOT NULL CHECK (name <> ''),
        address TEXT NOT NULL DEFAULT '',
        latitude REAL,
        longitude REAL,
        category TEXT NOT NULL CHECK (category IN ('art7-1','art7-2-1','art7-2-2','art7-2-3','art7-2-4','art9')),
        in_use_since TEXT,
        camera_count INTEGER NOT NULL DEFAULT 0 CHECK (camera_count >= 0),
        camera_types TEXT NOT NULL DEFAULT '[]',
        retention_days INTEGER,
        filing_status TEXT NOT NULL CHECK (filing_status IN ('not-filed','filed')),
        filing_number TEXT NOT NULL DEFAULT '',
        filing_date TEXT,
        filed_camera_count INTEGER,
        filed_retention_days INTEGER,
        jurisdiction TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        hlc TEXT NOT NULL))",
    "CREATE INDEX sites_unit ON sites (unit_id, name, id)",
    "CREATE INDEX sites_name ON sites (name, unit_id, id)",
    "CREATE INDEX sites_category ON sites (category, name)",
    "CREATE INDEX sites_filing ON sites (filing_status, name)",

    R"(CREATE TABLE officers (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL CHECK (name <> ''),
        police_number TEXT NOT NULL UNIQUE,
        unit_name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL CHECK (role IN ('station','tech','reviewer','admin')),
        active INTEGER NOT NULL DEFAULT 1,
        secret_hash TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        hlc TEXT NOT NULL))",

    R"(CREATE TABLE number_sequences (
        device_id TEXT NOT NULL,
        year INTEGER NOT NULL,
        last INTEGER NOT NULL,
        PRIMARY KEY (device_id, year)) WITHOUT ROWID)",

    R"(CREATE TABLE inspections (
        id TEXT PRIMARY KEY NOT NULL,
        number TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        supersedes_id TEXT REFERENCES inspections (id),
        correction_reason TEXT NOT NULL DEFAULT '',
        site_id TEXT NOT NULL REFERENCES sites (id),
        kind TEXT NOT NULL CHECK (kind IN ('general','professional','art12-focus')),
        trigger_kind TEXT NOT NULL CHECK (trigger_kind IN ('routine','report','reinspection')),
        report_reference TEXT NOT NULL DEFAULT '',
        reinspection_of_order_id TEXT REFERENCES orders (id),
        checklist_id TEXT NOT NULL,
        checklist_version TEXT NOT NULL,
        checklist_hash TEXT NOT NULL DEFAULT '',
        started_at TEXT,
        ended_at TEXT,
        recorder_id TEXT REFERENCES officers (id),
        representative TEXT NOT NULL DEFAULT '',
        witness TEXT NOT NULL DEFAULT '',
        body_cameras TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('draft','completed','sealed','submitted','approved','returned')),
        snapshot TEXT NOT NULL DEFAULT '{}',
        seal_hash TEXT,
        sealed_at TEXT,
        sealed_by TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        hlc TEXT NOT NULL,
        UNIQUE (number, version)))",
    "CREATE INDEX inspections_started ON inspections (started_at, id)",
    "CREATE INDEX inspections_status ON inspections (status, started_at, id)",
    "CREATE INDEX inspections_site ON inspections (site_id, started_at, id)",
    "CREATE INDEX inspections_kind ON inspections (kind, started_at, id)",
    "CREATE INDEX inspections_supersedes ON inspections (supersedes_id) WHERE supersedes_id IS NOT NULL",
    "CREATE INDEX inspections_reinspection ON inspections (reinspection_of_order_id) "
    "WHERE reinspection_of_order_id IS NOT NULL",

    R"(CREATE TABLE inspection_officers (
        inspection_id TEXT NOT NULL REFERENCES inspections (id),
        position INTEGER NOT NULL,
        officer_id TEXT NOT NULL REFERENCES officers (id),
        PRIMARY KEY (inspection_id, position)) WITHOUT ROWID)",
    "CREATE INDEX inspection_officers_officer ON inspection_officers (officer_id)",

    R"(CREATE TABLE item_results (
        inspection_id TEXT NOT NULL REFERENCES inspections (id),
        item_key TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('compliant','non-compliant','not-applicable','not-checked')),
        observation TEXT NOT NULL DEFAULT '',
        observations TEXT NOT NULL DEFAULT '{}',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (inspection_id, item_key)) WITHOUT ROWID)",

    R"(CREATE TABLE evidence (
        id TEXT PRIMARY KEY NOT NULL,
        inspection_id TEXT REFERENCES inspections (id),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        size INTEGER NOT NULL CHECK (size >= 0),
        original_name TEXT NOT NULL,
        original_path TEXT NOT NULL DEFAULT '',
        device_number TEXT NOT NULL DEFAULT '',
        captured_at TEXT,
        capture_time_source TEXT NOT NULL DEFAULT '',
        imported_at TEXT,
        imported_by TEXT NOT NULL DEFAULT '',
        media_type TEXT NOT NULL DEFAULT '',
        duration_ms INTEGER,
        width INTEGER NOT NULL DEFAULT 0,
        height INTEGER NOT NULL DEFAULT 0,
        codec TEXT NOT NULL DEFAULT '',
        flags TEXT NOT NULL DEFAULT '[]',
        store_path TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        hlc TEXT NOT NULL))",
    "CREATE INDEX evidence_inspection ON evidence (inspection_id, captured_at)",
    "CREATE INDEX evidence_sha256 ON evidence (sha256)",
    "CREATE INDEX evidence_captured ON evidence (captured_at)",

    R"(CREATE TABLE item_evidence (
        inspection_id TEXT NOT NULL,
        item_key TEXT NOT NULL,
        position INTEGER NOT NULL,
        evidence_id TEXT NOT NULL REFERENCES evidence (id),
        start_ms INTEGER,
        end_ms INTEGER,
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (inspection_id, item_key, position),
        FOREIGN KEY (inspection_id, item_key) REFERENCES item_results (inspection_id, item_key))
        WITHOUT ROWID)",
    "CREATE INDEX item_evidence_evidence ON item_evidence (evidence_id)",

    R"(CREATE TABLE orders (
        id TEXT PRIMARY KEY NOT NULL,
        inspection_id TEXT NOT NULL REFERENCES inspections (id),
        kind TEXT NOT NULL CHECK (kind IN ('correction','correction-deadline','penalty-proposal','referral')),
        findings TEXT NOT NULL DEFAULT '[]',
        facts TEXT NOT NULL DEFAULT '',
        legal_basis TEXT NOT NULL DEFAULT '',
        requirement TEXT NOT NULL DEFAULT '',
        issued_on TEXT NOT NULL,
        deadline TEXT,
        reinspection_due TEXT,
        due_basis TEXT NOT NULL DEFAULT '',
        document_number TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('open','corrected','overdue','escalated')),
        reinspection_id TEXT REFERENCES inspections (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        hlc TEXT NOT NULL))",
    "CREATE INDEX orders_inspection ON orders (inspection_id)",
    "CREATE INDEX orders_due ON orders (status, reinspection_due)",
    "CREATE INDEX orders_document ON orders (document_number)",

    R"(CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY NOT NULL,
        at TEXT NOT NULL,
        actor_id TEXT NOT NULL DEFAULT '',
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity_type TEXT NOT NULL,
        entity_id TEXT NOT NULL DEFAULT '',
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL))",
    "CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id)",
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",

    R"(CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        device_id TEXT NOT NULL,
        hlc TEXT NOT NULL,
        entity_type TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('insert','update','delete'))))",
    "CREATE INDEX change_log_entity ON change_log (entity_type, entity_id)",

    // Sealed inspections are immutable except for their status moving on (submitted, approved, …).
    "CREATE TRIGGER inspections_sealed_update BEFORE UPDATE OF id, number, version, supersedes_id, "
    "correction_reason, site_id, kind, trigger_kind, report_reference, reinspection_of_order_id, checklist_id, "
    "checklist_version, checklist_hash, started_at, ended_at, recorder_id, representative, witness, body_cameras, "
    "notes, snapshot, seal_hash, sealed_at, sealed_by, created_at ON inspections WHEN OLD.seal_hash IS NOT NULL "
    "BEGIN SELECT RAISE(ABORT, 'the inspection is sealed and cannot change'); END",
    "CREATE TRIGGER inspections_sealed_status BEFORE UPDATE OF status ON inspections "
    "WHEN OLD.seal_hash IS NOT NULL AND NEW.status IN ('draft','completed') "
    "BEGIN SELECT RAISE(ABORT, 'a sealed inspection cannot return to draft'); END",
    "CREATE TRIGGER inspections_sealed_delete BEFORE DELETE ON inspections WHEN OLD.seal_hash IS NOT NULL "
    "BEGIN SELECT RAISE(ABORT, 'the inspection is sealed and cannot be deleted'); END",
    PSV_GUARD("inspection_officers_sealed_insert", "INSERT", "inspection_officers", PSV_SEALED(_, "NEW"),
        "the inspection is sealed and cannot change"),
    PSV_GUARD("inspection_officers_sealed_update", "UPDATE", "inspection_officers", PSV_SEALED(_, "OLD"),
        "the inspection is sealed and cannot change"),
    PSV_GUARD("inspection_officers_sealed_delete", "DELETE", "inspection_officers", PSV_SEALED(_, "OLD"),
        "the inspection is sealed and cannot change"),
    PSV_GUARD("item_results_sealed_insert", "INSERT", "item_results", PSV_SEALED(_, "NEW"),
        "the inspection is sealed and cannot change"),
    PSV_GUARD("item_results_sealed_update", "UPDATE", "item_results", PSV_SEALED(_, "OLD"),
        "the inspection is sealed and cannot change"),
    PSV_GUARD("item_results_sealed_delete", "DELETE", "item_results", PSV_SEALED(_, "OLD"),
        "the inspection is sealed and cannot change"),
    PSV_GUARD("item_evidence_sealed_insert", "INSERT", "item_evidence", PSV_SEALED(_, "NEW"),
        "the inspection is sealed and cannot change"),
    PSV_GUARD("item_evidence_sealed_update", "UPDATE", "item_evidence", PSV_SEALED(_, "OLD"),
        "the inspection is sealed and cannot change"),
    PSV_GUARD("item_evidence_sealed_delete", "DELETE", "item_evidence", PSV_SEALED(_, "OLD"),
        "the inspection is sealed and cannot change"),
    PSV_GUARD("evidence_sealed_insert", "INSERT", "evidence", PSV_SEALED(_, "NEW"),
        "the inspection is sealed and cannot change"),
    PSV_GUARD("evidence_sealed_update", "UPDATE", "evidence", PSV_SEALED(_, "OLD"),
        "the inspection is sealed and cannot change"),
    PSV_GUARD("evidence_sealed_delete", "DELETE", "evidence", PSV_SEALED(_, "OLD"),
        "the inspection is sealed and cannot change"),
    PSV_GUARD(
        "orders_sealed_insert", "INSERT", "orders", PSV_SEALED(_, "NEW"), "the inspection is sealed and cannot change"),
    PSV_GUARD(
        "orders_sealed_delete", "DELETE", "orders", PSV_SEALED(_, "OLD"), "the inspection is sealed and cannot change"),
    "CREATE TRIGGER orders_sealed_update BEFORE UPDATE OF id, inspection_id, kind, findings, facts, legal_basis, "
    "requirement, issued_on, deadline, reinspection_due, due_basis, document_number ON orders WHEN " PSV_SEALED(
        _, "OLD") " BEGIN SELECT RAISE(ABORT, 'the inspection is sealed and cannot change'); END",
};

#undef PSV_SEALED
#undef PSV_GUARD

// Sync state (README.md, "Sync bundles"): peers and what they acknowledged, applied bundles, per-field stamps of
// merged records, conflicts for a person to settle, and review decisions bound to seal hashes.
const QList<const char *> v2 = {
    R"(CREATE TABLE sync_peers (
        peer_id TEXT PRIMARY KEY NOT NULL,
        last_acked_seq INTEGER NOT NULL DEFAULT 0,
        last_received_seq INTEGER NOT NULL DEFAULT 0,
        last_received_hlc TEXT NOT NULL DEFAULT '',
        last_bundle_id TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL) WITHOUT ROWID)",
    R"(CREATE TABLE sync_applied (
        bundle_id TEXT PRIMARY KEY NOT NULL,
        device_id TEXT NOT NULL,
        officer TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        applied_at TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '{}') WITHOUT ROWID)",
    R"(CREATE TABLE sync_fields (
        entity_type TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        stamps TEXT NOT NULL,
        PRIMARY KEY (entity_type, entity_id)) WITHOUT ROWID)",
    R"(CREATE TABLE sync_conflicts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('field','sealed','draft','number','review','unique')),
        entity_type TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        field TEXT NOT NULL DEFAULT '',
        base TEXT,
        local TEXT,
        remote TEXT,
        local_hlc TEXT NOT NULL DEFAULT '',
        remote_hlc TEXT NOT NULL DEFAULT '',
        peer_id TEXT NOT NULL,
        bundle_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','settled')),
        resolution TEXT NOT NULL DEFAULT '',
        settled_by TEXT NOT NULL DEFAULT '',
        settled_at TEXT))",
    "CREATE INDEX sync_conflicts_open ON sync_conflicts (status, entity_type, entity_id)",
    R"(CREATE TABLE review_decisions (
        id TEXT PRIMARY KEY NOT NULL,
        inspection_id TEXT NOT NULL REFERENCES inspections (id),
        seal_hash TEXT NOT NULL CHECK (length(seal_hash) = 64),
        decision TEXT NOT NULL CHECK (decision IN ('approved','returned')),
        comment TEXT NOT NULL DEFAULT '',
        reviewer_id TEXT NOT NULL DEFAULT '',
        reviewer TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        hlc TEXT NOT NULL))",
    "CREATE INDEX review_decisions_inspection ON review_decisions (inspection_id, decided_at)",
};

// The provision an order found violated (the notice's "违反了…的规定"), kept until now only in the
// order's audit entry: the column, filled from that entry for orders of unsealed inspections (a
// sealed inspection's orders keep their sealed content; RecordDataBuilder reads their audit entry),
// and the sealed-order guard extended to it.
const QList<const char *> v3 = {
    "ALTER TABLE orders ADD COLUMN violated TEXT NOT NULL DEFAULT ''",
    "UPDATE orders SET violated = coalesce((SELECT json_extract(a.details, '$.violated') FROM audit_log a "
    "WHERE a.entity_type = 'order' AND a.entity_id = orders.id AND a.action = 'create' ORDER BY a.seq LIMIT 1), '') "
    "WHERE (SELECT seal_hash FROM inspections WHERE id = orders.inspection_id) IS NULL",
    "DROP TRIGGER orders_sealed_update",
    "CREATE TRIGGER orders_sealed_update BEFORE UPDATE OF id, inspection_id, kind, findings, facts, violated, "
    "legal_basis, requirement, issued_on, deadline, reinspection_due, due_basis, document_number ON orders WHEN "
    "(SELECT seal_hash FROM inspections WHERE id = OLD.inspection_id) IS NOT NULL "
    "BEGIN SELECT RAISE(ABORT, 'the inspection is sealed and cannot change'); END",
};

// Sync: the same person registered on two laptops, or the same company, arrives with
// another id; a reviewer's store keeps both records (a sealed inspection names its officers by id)
// and lists the pair for a person. Local adds and edits stay unique through the repositories.
// SQLite cannot drop an inline UNIQUE: officers is rebuilt (Database::migrate runs migrations with
// foreign keys off and checks them before each commit).
const QList<const char *> v4 = {
    "DROP INDEX units_uscc",
    "CREATE INDEX units_uscc ON units (uscc) WHERE uscc IS NOT NULL",
    R"(CREATE TABLE officers_v4 (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL CHECK (name <> ''),
        police_number TEXT NOT NULL,
        unit_name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL CHECK (role IN ('station','tech','reviewer','admin')),
        active INTEGER NOT NULL DEFAULT 1,
        secret_hash TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        hlc TEXT NOT NULL))",
    "INSERT INTO officers_v4 SELECT id, name, police_number, unit_name, role, active, secret_hash, created_at, "
    "updated_at, hlc FROM officers",
    "DROP TABLE officers",
    "ALTER TABLE officers_v4 RENAME TO officers",
    "CREATE INDEX officers_police_number ON officers (police_number)",
};

const Migration all[] = {
    {1, "units, video systems, officers, inspections, items, orders, evidence, audit and change logs", v1},
    {2, "sync peers, applied bundles, field stamps, sync conflicts, review decisions", v2},
    {3, "the provision an order found violated", v3},
    {4, "the same officer or unit from another device is kept beside the local one", v4},
};

} // namespace

std::span<const Migration> Schema::migrations()
{
    return all;
}

int Schema::latestVersion()
{
    return all[std::size(all) - 1].version;
}

QString Schema::metaTable()
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) "
                          "WITHOUT ROWID");
}

} // namespace psv
