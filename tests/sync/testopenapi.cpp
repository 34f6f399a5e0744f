// Every route the hub serves is described in docs/openapi.yaml, and nothing
// described there is missing from the hub.
#include "sync/hubapi.h"
#include "tests/testsupport/testdatadir.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestOpenApi : public QObject
{
    Q_OBJECT

private:
    // "GET /v1/sites" for each operation under `paths:`.
    static QSet<QString> documentedOperations(const QString& yaml);

private slots:
    void everyServedRouteIsDocumented();
    void everyDocumentedRouteIsServed();
    void readsOperationsTheWayTheFileIsWritten();
};

QSet<QString> TestOpenApi::documentedOperations(const QString& yaml)
{
    QSet<QString> operations;
    bool inPaths = false;
    QString path;
    static const QRegularExpression pathLine(QStringLiteral("^  (/\\S*):\\s*$"));
    static const QRegularExpression methodLine(QStringLiteral("^    (get|put|post|delete|patch|head|options):"));
    for (const QString& line : yaml.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char(' ')) && !line.trimmed().isEmpty()) {
            inPaths = line.startsWith(QLatin1String("paths:"));
            continue;
        }
        if (!inPaths) {
            continue;
        }
        if (const auto m = pathLine.match(line); m.hasMatch()) {
            path = m.captured(1);
        } else if (const auto m2 = methodLine.match(line); m2.hasMatch() && !path.isEmpty()) {
            operations.insert(m2.captured(1).toUpper() + QLatin1Char(' ') + path);
        }
    }
    return operations;
}

void TestOpenApi::everyServedRouteIsDocumented()
{
    QFile file(testsupport::sourcePath(QStringLiteral("docs/openapi.yaml")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString yaml = QString::fromUtf8(file.readAll());
    QVERIFY(yaml.startsWith(QLatin1String("openapi: 3.")));
    const QSet<QString> documented = documentedOperations(yaml);
    QVERIFY(!cruscotto::sync::HubApi::routes().empty());
    for (const cruscotto::sync::HubRoute& route : cruscotto::sync::HubApi::routes()) {
        const QString operation = QStringLiteral("%1 %2").arg(QLatin1String(route.method), QLatin1String(route.path));
        QVERIFY2(documented.contains(operation),
                 qPrintable(operation + QStringLiteral(" is not in docs/openapi.yaml")));
        QVERIFY2(QLatin1String(route.path).startsWith(QLatin1String("/v1/")), route.path);
    }
}

void TestOpenApi::everyDocumentedRouteIsServed()
{
    QFile file(testsupport::sourcePath(QStringLiteral("docs/openapi.yaml")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSet<QString> served;
    for (const cruscotto::sync::HubRoute& route : cruscotto::sync::HubApi::routes()) {
        served.insert(QStringLiteral("%1 %2").arg(QLatin1String(route.method), QLatin1String(route.path)));
    }
    const QSet<QString> documented = documentedOperations(QString::fromUtf8(file.readAll()));
    QCOMPARE(documented, served);
}

void TestOpenApi::readsOperationsTheWayTheFileIsWritten()
{
    // The reader above must see an operation that is there and not one that is not.
    const QString yaml = QStringLiteral("openapi: 3.0.3\npaths:\n  /v1/a:\n    get:\n      summary: x\n"
                                        "  /v1/b:\n    post:\n      responses: {}\n    delete:\n      summary: y\n"
                                        "components:\n  schemas:\n    get:\n      type: object\n");
    QCOMPARE(
        documentedOperations(yaml),
        (QSet<QString>{ QStringLiteral("GET /v1/a"), QStringLiteral("POST /v1/b"), QStringLiteral("DELETE /v1/b") }));
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "testopenapi.moc"
