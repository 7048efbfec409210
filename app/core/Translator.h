#pragma once

#include <QString>
#include <QStringList>

namespace psv {

// Installs the UI language: zh_CN by default, English (the source strings) on request.
class Translator
{
public:
    static QStringList available(); // {"zh_CN", "en"}
    static bool install(const QString &language); // returns false for an unknown language
    static QString current();
};

} // namespace psv
