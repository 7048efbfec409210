#include "Translator.h"

#include "CoreLogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace psv {

namespace {
QString s_current = QStringLiteral("en");
QTranslator *s_app = nullptr;
QTranslator *s_qt = nullptr;
} // namespace

QStringList Translator::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Translator::current()
{
    return s_current;
}

bool Translator::install(const QString &language)
{
    if (!available().contains(language))
        return false;
    for (QTranslator **t : {&s_app, &s_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    s_current = language;
    if (language == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true;
    }
    QLocale::setDefault(QLocale(language));
    s_app = new QTranslator(QCoreApplication::instance());
    if (!s_app->load(QStringLiteral(":/i18n/psv_") + language + QStringLiteral(".qm")))
        qCWarning(lcCore) << "translation for" << language << "is missing from the resources";
    QCoreApplication::installTranslator(s_app);
    s_qt = new QTranslator(QCoreApplication::instance());
    if (s_qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt);
    return true;
}

} // namespace psv
