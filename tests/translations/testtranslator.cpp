#include "core/money.h"
#include "core/ticketproduct.h"
#include "tests/testsupport/testdatadir.h"
#include "translations/translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QList<Message> readTs(const QString& path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus) {
                    current.translations << xml.readElementText();
                }
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        found.insert(it.next().captured(0));
    }
    return found;
}
} // namespace

class TestTranslator : public QObject
{
    Q_OBJECT

private slots:
    // The Italian file is complete: every string translated, no placeholder lost,
    // every plural with its forms. A new tr() without Italian fails here.
    void italianIsComplete()
    {
        const auto messages = readTs(testsupport::sourcePath(QStringLiteral("translations/cruscotto_it.ts")));
        QVERIFY(messages.size() > 50);
        QStringList problems;
        for (const Message& m : messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
                continue;
            }
            const QString where = QStringLiteral("%1: \"%2\"").arg(m.context, m.source.left(60));
            if (m.type == QLatin1String("unfinished")) {
                problems << QStringLiteral("unfinished ") + where;
                continue;
            }
            if (m.translations.isEmpty() || m.translations.contains(QString())) {
                problems << QStringLiteral("empty ") + where;
                continue;
            }
            if (m.numerus && m.translations.size() < 2) {
                problems << QStringLiteral("plural forms missing ") + where;
            }
            for (const QString& t : m.translations) {
                QSet<QString> expected = placeholders(m.source);
                if (m.numerus) {
                    expected.insert(QStringLiteral("%n"));
                }
                if (placeholders(t) != expected) {
                    problems << QStringLiteral("placeholders differ ") + where + QStringLiteral(" -> ") + t;
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void italianIsBuiltIn()
    {
        QVERIFY(cruscotto::availableTranslations().contains(QStringLiteral("it")));
        QCOMPARE(cruscotto::installTranslator(*QCoreApplication::instance(), QStringLiteral("it")),
                 QStringLiteral("it"));
        QCOMPARE(core::categoryName(core::TicketCategory::Full), QStringLiteral("Intero"));
        QCOMPARE(core::channelName(core::SalesChannel::Counter), QStringLiteral("Biglietteria"));
        // Contexts are the classes' full names (lupdate must see the namespaces).
        QCOMPARE(QCoreApplication::translate("widgets::MainWindow", "Settings"), QStringLiteral("Impostazioni"));
        QCOMPARE(QCoreApplication::translate("widgets::DashboardPage", "Visitors"), QStringLiteral("Visitatori"));
        // The default locale follows the language: Italian money format.
        QCOMPARE(core::Money::fromCents(123456).toString(), QStringLiteral("1.234,56\u00a0€"));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        if (QLocale::system().language() == QLocale::C) {
            // No locale at all: figures still get a euro format.
            QCOMPARE(cruscotto::installTranslator(*QCoreApplication::instance(), QStringLiteral("en")),
                     QStringLiteral("en"));
            QCOMPARE(core::Money::fromCents(123456).toString(), QStringLiteral("€1,234.56"));
        }
    }

    // English plurals are real plurals, not "day(s)".
    void englishPluralsAreReal()
    {
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
        }
        QCOMPARE(cruscotto::installTranslator(*QCoreApplication::instance(), QStringLiteral("en")),
                 QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("sync::SalesIngest",
                                             "%n sale(s) of the batch are not valid; nothing was stored.", nullptr, 1),
                 QStringLiteral("1 sale of the batch is not valid; nothing was stored."));
        QCOMPARE(QCoreApplication::translate("sync::SalesIngest",
                                             "%n sale(s) of the batch are not valid; nothing was stored.", nullptr, 3),
                 QStringLiteral("3 sales of the batch are not valid; nothing was stored."));
        // Every plural of the Italian file has its English forms too.
        const auto it = readTs(testsupport::sourcePath(QStringLiteral("translations/cruscotto_it.ts")));
        const auto en = readTs(testsupport::sourcePath(QStringLiteral("translations/cruscotto_en.ts")));
        QSet<QString> english;
        for (const Message& m : en) {
            if (m.numerus && m.type.isEmpty() && m.translations.size() == 2) {
                english.insert(m.context + QLatin1Char('|') + m.source);
            }
        }
        for (const Message& m : it) {
            if (m.numerus && m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete")) {
                QVERIFY2(english.contains(m.context + QLatin1Char('|') + m.source), qPrintable(m.source));
            }
        }
        QCOMPARE(cruscotto::installTranslator(*QCoreApplication::instance(), QStringLiteral("xx")),
                 QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestTranslator)
#include "testtranslator.moc"
