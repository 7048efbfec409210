#include "RecordTables.h"

#include "Sql.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>

namespace psv {

namespace {

using K = RecordTables::Kind;

QJsonValue toJson(const QVariant &v, K kind)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (kind) {
    case K::Int:
    case K::OptInt:
        return QJsonValue(v.toLongLong());
    case K::OptReal:
        return QJsonValue(v.toDouble());
    default:
        return QJsonValue(v.toString());
    }
}

QVariant toSql(const QJsonValue &v, K kind)
{
    if (v.isNull() || v.isUndefined())
        return Sql::null();
    switch (kind) {
    case K::Int:
    case K::OptInt:
        return QVariant(qint64(v.toDouble()));
    case K::OptReal:
        return QVariant(v.toDouble());
    default:
        return QVariant(v.toString());
    }
}

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::trunc(d) && std::fabs(d) <= 9007199254740992.0;
}

} // namespace

QStringList RecordTables::Table::names() const
{
    QStringList out;
    for (const Column &c : columns)
        out << QString::fromLatin1(c.name);
    return out;
}

const RecordTables::Table &RecordTables::units()
{
    static const Table t {"units",
        {{"id", K::Text}, {"name", K::Text}, {"type", K::Text}, {"uscc", K::OptText}, {"address", K::Text},
            {"contact_person", K::Text}, {"contact_phone", K::Text}, {"police_station", K::Text},
            {"county_organ", K::Text}, {"created_at", K::Text}, {"updated_at", K::Text}, {"hlc", K::Text}}};
    return t;
}

const RecordTables::Table &RecordTables::sites()
{
    static const Table t {"sites",
        {{"id", K::Text}, {"unit_id", K::Text}, {"name", K::Text}, {"address", K::Text}, {"latitude", K::OptReal},
            {"longitude", K::OptReal}, {"category", K::Text}, {"in_use_since", K::OptText}, {"camera_count", K::Int},
            {"camera_types", K::Text}, {"retention_days", K::OptInt}, {"filing_status", K::Text},
            {"filing_number", K::Text}, {"filing_date", K::OptText}, {"filed_camera_count", K::OptInt},
            {"filed_retention_days", K::OptInt}, {"jurisdiction", K::Text}, {"created_at", K::Text},
            {"updated_at", K::Text}, {"hlc", K::Text}}};
    return t;
}

const RecordTables::Table &RecordTables::officers()
{
    static const Table t {"officers",
        {{"id", K::Text}, {"name", K::Text}, {"police_number", K::Text}, {"unit_name", K::Text}, {"role", K::Text},
            {"active", K::Int}, {"created_at", K::Text}, {"updated_at", K::Text}, {"hlc", K::Text}}};
    return t;
}

const RecordTables::Table &RecordTables::inspections()
{
    static const Table t {"inspections",
        {{"id", K::Text}, {"number", K::Text}, {"version", K::Int}, {"supersedes_id", K::OptText},
            {"correction_reason", K::Text}, {"site_id", K::Text}, {"kind", K::Text}, {"trigger_kind", K::Text},
            {"report_reference", K::Text}, {"reinspection_of_order_id", K::OptText}, {"checklist_id", K::Text},
            {"checklist_version", K::Text}, {"checklist_hash", K::Text}, {"started_at", K::OptText},
            {"ended_at", K::OptText}, {"recorder_id", K::OptText}, {"representative", K::Text}, {"witness", K::Text},
            {"body_cameras", K::Text}, {"notes", K::Text}, {"status", K::Text}, {"snapshot", K::Text},
            {"seal_hash", K::OptText}, {"sealed_at", K::OptText}, {"sealed_by", K::Text}, {"created_at", K::Text},
            {"updated_at", K::Text}, {"hlc", K::Text}}};
    return t;
}

const RecordTables::Table &RecordTables::inspectionOfficers()
{
    static const Table t {
        "inspection_officers", {{"inspection_id", K::Text}, {"position", K::Int}, {"officer_id", K::Text}}};
    return t;
}

const RecordTables::Table &RecordTables::itemResults()
{
    static const Table t {"item_results",
        {{"inspection_id", K::Text}, {"item_key", K::Text}, {"status", K::Text}, {"observation", K::Text},
            {"observations", K::Text}, {"updated_at", K::Text}}};
    return t;
}

const RecordTables::Table &RecordTables::evidence()
{
    static const Table t {"evidence",
        {{"id", K::Text}, {"inspection_id", K::OptText}, {"sha256", K::Text}, {"size", K::Int},
            {"original_name", K::Text}, {"original_path", K::Text}, {"device_number", K::Text},
            {"captured_at", K::OptText}, {"capture_time_source", K::Text}, {"imported_at", K::OptText},
            {"imported_by", K::Text}, {"media_type", K::Text}, {"duration_ms", K::OptInt}, {"width", K::Int},
            {"height", K::Int}, {"codec", K::Text}, {"flags", K::Text}, {"store_path", K::Text},
            {"created_at", K::Text}, {"hlc", K::Text}}};
    return t;
}

const RecordTables::Table &RecordTables::itemEvidence()
{
    static const Table t {"item_evidence",
        {{"inspection_id", K::Text}, {"item_key", K::Text}, {"position", K::Int}, {"evidence_id", K::Text},
            {"start_ms", K::OptInt}, {"end_ms", K::OptInt}, {"note", K::Text}}};
    return t;
}

const RecordTables::Table &RecordTables::orders()
{
    static const Table t {"orders",
        {{"id", K::Text}, {"inspection_id", K::Text}, {"kind", K::Text}, {"findings", K::Text}, {"facts", K::Text},
            {"violated", K::Text}, {"legal_basis", K::Text}, {"requirement", K::Text}, {"issued_on", K::Text},
            {"deadline", K::OptText}, {"reinspection_due", K::OptText}, {"due_basis", K::Text},
            {"document_number", K::Text}, {"status", K::Text}, {"reinspection_id", K::OptText}, {"created_at", K::Text},
            {"updated_at", K::Text}, {"hlc", K::Text}}};
    return t;
}

const RecordTables::Table &RecordTables::reviews()
{
    static const Table t {"review_decisions",
        {{"id", K::Text}, {"inspection_id", K::Text}, {"seal_hash", K::Text}, {"decision", K::Text},
            {"comment", K::Text}, {"reviewer_id", K::Text}, {"reviewer", K::Text}, {"decided_at", K::Text},
            {"hlc", K::Text}}};
    return t;
}

Result<QList<QJsonObject>> RecordTables::select(
    QSqlDatabase db, const Table &table, const QString &where, const QVariantList &binds, const QString &orderBy)
{
    QString sql = QStringLiteral("SELECT %1 FROM %2")
                      .arg(table.names().join(QStringLiteral(", ")), QString::fromLatin1(table.name));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    const qsizetype n = table.columns.size();
    return Sql::all<QJsonObject>(db, sql, binds, [&table, n](const QSqlQuery &q) {
        QJsonObject o;
        for (qsizetype i = 0; i < n; ++i)
            o.insert(QString::fromLatin1(table.columns.at(i).name), toJson(q.value(int(i)), table.columns.at(i).kind));
        return o;
    });
}

Result<QList<QJsonObject>> RecordTables::selectIn(
    QSqlDatabase db, const Table &table, const QString &column, const QStringList &values)
{
    QList<QJsonObject> out;
    constexpr qsizetype chunk = 500;
    for (qsizetype at = 0; at < values.size(); at += chunk) {
        const QStringList part = values.mid(at, chunk);
        QStringList marks;
        QVariantList binds;
        for (const QString &v : part) {
            marks << QStringLiteral("?");
            binds << v;
        }
        auto r = select(db, table, QStringLiteral("%1 IN (%2)").arg(column, marks.join(u',')), binds);
        if (!r)
            return r.error();
        out += r.value();
    }
    return out;
}

Status RecordTables::insert(QSqlDatabase db, const Table &table, const QJsonObject &row)
{
    QStringList marks;
    QVariantList binds;
    for (const Column &c : table.columns) {
        marks << QStringLiteral("?");
        binds << toSql(row.value(QString::fromLatin1(c.name)), c.kind);
    }
    QSqlQuery q(db);
    return Sql::run(q,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(QString::fromLatin1(table.name), table.names().join(QStringLiteral(", ")), marks.join(u',')),
        binds);
}

Status RecordTables::update(QSqlDatabase db, const Table &table, const QJsonObject &row, const QStringList &columns)
{
    QStringList sets;
    QVariantList binds;
    for (const Column &c : table.columns) {
        const QString name = QString::fromLatin1(c.name);
        if (name == QLatin1String("id") || (!columns.isEmpty() && !columns.contains(name)))
            continue;
        sets << name + QStringLiteral(" = ?");
        binds << toSql(row.value(name), c.kind);
    }
    if (sets.isEmpty())
        return {};
    binds << row.value(QStringLiteral("id")).toString();
    QSqlQuery q(db);
    return Sql::run(q,
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
            .arg(QString::fromLatin1(table.name), sets.join(QStringLiteral(", "))),
        binds);
}

Status RecordTables::check(const Table &table, const QJsonObject &row, const QString &where)
{
    if (row.size() != table.columns.size())
        return makeError(tr("A %1 row must have exactly the members %2.")
                             .arg(QString::fromLatin1(table.name), table.names().join(QStringLiteral(", "))),
            where);
    for (const Column &c : table.columns) {
        const QString name = QString::fromLatin1(c.name);
        const QJsonValue v = row.value(name);
        bool ok = false;
        switch (c.kind) {
        case K::Text:
            ok = v.isString();
            break;
        case K::OptText:
            ok = v.isString() || v.isNull();
            break;
        case K::Int:
            ok = isInteger(v);
            break;
        case K::OptInt:
            ok = isInteger(v) || v.isNull();
            break;
        case K::OptReal:
            ok = (v.isDouble() && std::isfinite(v.toDouble())) || v.isNull();
            break;
        }
        if (!ok)
            return makeError(tr("The member \"%1\" of a %2 row is missing or has the wrong type.")
                                 .arg(name, QString::fromLatin1(table.name)),
                where);
    }
    return {};
}

Status RecordTables::checkList(const Table &table, const QJsonValue &rows, const QString &where)
{
    if (!rows.isArray())
        return makeError(tr("Expected an array of %1 rows.").arg(QString::fromLatin1(table.name)), where);
    for (const QJsonValue &r : rows.toArray()) {
        if (!r.isObject())
            return makeError(tr("Expected an array of %1 rows.").arg(QString::fromLatin1(table.name)), where);
        if (Status s = check(table, r.toObject(), where); !s)
            return s;
    }
    return {};
}

} // namespace psv
