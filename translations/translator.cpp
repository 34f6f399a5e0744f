#include "translations/translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace cruscotto {

QStringList availableTranslations()
{
    QStringList languages;
    const auto entries = QDir(QStringLiteral(":/i18n")).entryList({ QStringLiteral("cruscotto_*.qm") });
    for (const QString& file : entries) {
        languages << file.mid(10, file.size() - 13);
    }
    return languages;
}

QString installTranslator(QCoreApplication& app, const QString& language)
{
    QString chosen = language;
    if (chosen.isEmpty()) {
        chosen = qEnvironmentVariable("CRUSCOTTO_LANG");
    }
    if (chosen.isEmpty()) {
        chosen = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    }
    if (chosen == QLatin1String("en") || chosen == QLatin1String("C") || chosen.isEmpty()) {
        // A bare C/POSIX locale (servers, containers) knows no currency or grouping:
        // show figures as an English-speaking euro country does, "€1,234.56".
        if (QLocale::system().language() == QLocale::C) {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
        }
        // English needs a file only for its plural forms ("1 day", "2 days").
        auto* plurals = new QTranslator(&app);
        if (plurals->load(QStringLiteral(":/i18n/cruscotto_en.qm"))) {
            QCoreApplication::installTranslator(plurals);
        } else {
            delete plurals;
        }
        return QStringLiteral("en");
    }
    auto* ours = new QTranslator(&app);
    if (!ours->load(QStringLiteral(":/i18n/cruscotto_%1.qm").arg(chosen))) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    QLocale::setDefault(QLocale(chosen));
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(chosen), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return chosen;
}

} // namespace cruscotto
