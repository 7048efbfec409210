#include "CliContext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace psv::cli {

CliContext::CliContext(QStringList args, QString dataDir, bool json)
    : m_args(std::move(args)), m_dataDir(std::move(dataDir)), m_json(json), m_out(stdout), m_err(stderr)
{
}

void CliContext::print(const QJsonValue &value, const QString &text)
{
    if (m_json) {
        QByteArray bytes;
        if (value.isObject())
            bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        else if (value.isArray())
            bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
        else
            bytes = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        m_out << QString::fromUtf8(bytes) << '\n';
    } else if (!text.isEmpty()) {
        m_out << text;
        if (!text.endsWith(u'\n'))
            m_out << '\n';
    }
    m_out.flush();
}

int CliContext::fail(const Error &error)
{
    if (m_json) {
        QJsonObject o {{QStringLiteral("error"), error.message}};
        if (!error.where.isEmpty())
            o.insert(QStringLiteral("where"), error.where);
        m_err << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        m_err << QStringLiteral("psvctl: ") << error.text() << '\n';
    }
    m_err.flush();
    return error.code;
}

int CliContext::usage(const QString &message)
{
    return fail(makeError(message, {}, Usage));
}

std::optional<QString> CliContext::takeOption(const QString &name)
{
    const QString flag = QStringLiteral("--") + name;
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (m_args[i] == flag && i + 1 < m_args.size()) {
            const QString v = m_args[i + 1];
            m_args.remove(i, 2);
            return v;
        }
        if (m_args[i].startsWith(flag + u'=')) {
            const QString v = m_args[i].mid(flag.size() + 1);
            m_args.remove(i);
            return v;
        }
    }
    return std::nullopt;
}

bool CliContext::takeFlag(const QString &name)
{
    return m_args.removeAll(QStringLiteral("--") + name) > 0;
}

QStringList CliContext::takeAll(const QString &name)
{
    QStringList values;
    while (auto v = takeOption(name))
        values << *v;
    return values;
}

std::optional<QString> CliContext::takePositional()
{
    for (qsizetype i = 0; i < m_args.size(); ++i)
        if (!m_args[i].startsWith(QLatin1String("--")))
            return m_args.takeAt(i);
    return std::nullopt;
}

} // namespace psv::cli
