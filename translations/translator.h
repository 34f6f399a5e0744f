#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace cruscotto {

// Installs our translation (built into the executable) and Qt's own for the
// language chosen: CRUSCOTTO_LANG if set ("it", "en"), else the system locale.
// English is the source language and needs no file. Returns the language used.
QString installTranslator(QCoreApplication& app, const QString& language = QString());

// Languages with a translation built in, besides English.
QStringList availableTranslations();

} // namespace cruscotto
