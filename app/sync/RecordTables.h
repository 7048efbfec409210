#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace psv {

// The store's tables as bundles carry them: each synced row is a JSON object of its columns
// (text as strings, integers and reals as numbers, SQL NULL as null), so a record is exactly
// the row on the exporting device. Officers travel without their sign-in secret.
class RecordTables
{
    Q_DECLARE_TR_FUNCTIONS(RecordTables)

public:
    enum class Kind { Text, OptText, Int, OptInt, OptReal };
    struct Column
    {
        const char *name;
        Kind kind;
    };
    struct Table
    {
        const char *name;
        QList<Column> columns;
        QStringList names() const;
    };

    static const Table &units();
    static const Table &sites();
    static const Table &officers();
    static const Table &inspections();
    static const Table &inspectionOfficers();
    static const Table &itemResults();
    static const Table &evidence();
    static const Table &itemEvidence();
    static const Table &orders();
    static const Table &reviews();

    // Rows of table matching "WHERE <where>" (empty: all), ordered by orderBy when given.
    static Result<QList<QJsonObject>> select(QSqlDatabase db, const Table &table, const QString &where = {},
        const QVariantList &binds = {}, const QString &orderBy = {});
    // Rows whose column is one of values (in chunks, for large sets).
    static Result<QList<QJsonObject>> selectIn(
        QSqlDatabase db, const Table &table, const QString &column, const QStringList &values);
    static Status insert(QSqlDatabase db, const Table &table, const QJsonObject &row);
    // UPDATE table SET <columns> WHERE id = row.id (columns: the given ones, or all but id).
    static Status update(QSqlDatabase db, const Table &table, const QJsonObject &row, const QStringList &columns = {});
    // Exactly the table's columns, each of its kind; where names the record for messages.
    static Status check(const Table &table, const QJsonObject &row, const QString &where);
    static Status checkList(const Table &table, const QJsonValue &rows, const QString &where);
};

} // namespace psv
