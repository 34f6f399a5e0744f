#include "core/cache.h"
#include "core/sitecatalogue.h"
#include "tests/testsupport/testdatadir.h"

#include <QTest>

class TestSiteCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void readsTheDemoCatalogue()
    {
        testsupport::TestDataDir dir;
        dir.writeDemo(12, 0, QDate(2025, 1, 31));
        core::Database db = core::Cache::openReader(dir.path());
        const core::SiteCatalogue catalogue(db);
        const auto regions = catalogue.regions();
        QCOMPARE(regions.size(), 1);
        QCOMPARE(regions.first().name, QStringLiteral("Basilicata"));
        const auto sites = catalogue.sites();
        QCOMPARE(sites.size(), 12);
        const auto ridola = catalogue.siteByCode(QStringLiteral("BAS-MUS-01"));
        QVERIFY(ridola.has_value());
        QCOMPARE(ridola->type, core::SiteType::Museum);
        QCOMPARE(ridola->regionName, QStringLiteral("Basilicata"));
        QVERIFY(!ridola->calendar.isOpen(QDate(2025, 1, 1)));
        QVERIFY(!catalogue.siteByCode(QStringLiteral("NOPE")).has_value());

        const auto products = catalogue.products(ridola->id);
        QVERIFY(products.size() >= 5);
        QCOMPARE(products.first().category, core::TicketCategory::Full);
        QVERIFY(products.first().price.cents() >= 500);
        bool sunday = false;
        for (const auto& p : products) {
            if (p.freeReason == core::FreeReason::FirstSunday) {
                sunday = true;
                QCOMPARE(p.price.cents(), 0);
            }
        }
        QVERIFY(sunday);
        const auto archive = catalogue.siteByCode(QStringLiteral("BAS-ARS-01"));
        QVERIFY(archive.has_value());
        QCOMPARE(archive->type, core::SiteType::Archive);
        QCOMPARE(catalogue.products(archive->id).first().freeReason, core::FreeReason::FreeAdmission);
        QVERIFY(catalogue.zones(ridola->id).size() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestSiteCatalogue)
#include "testsitecatalogue.moc"
