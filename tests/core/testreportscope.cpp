#include "core/reportscope.h"
#include "core/sitecatalogue.h"
#include "tests/core/reportfixture.h"

class TestReportScope : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<reporttest::DemoCache> m_demo;

private slots:
    void initTestCase() { m_demo = std::make_unique<reporttest::DemoCache>(); }

    void parsesWhatTheCommandLineTakes()
    {
        QCOMPARE(core::ReportScope::parse(QStringLiteral("all"))->kind, core::ReportScope::Kind::All);
        const auto region = core::ReportScope::parse(QStringLiteral("region: Emilia-Romagna"));
        QCOMPARE(region->kind, core::ReportScope::Kind::Region);
        QCOMPARE(region->name, QStringLiteral("Emilia-Romagna"));
        QCOMPARE(region->toString(), QStringLiteral("region:Emilia-Romagna"));
        QCOMPARE(core::ReportScope::parse(QStringLiteral("site:BAS-MUS-01"))->toString(),
                 QStringLiteral("site:BAS-MUS-01"));
        QVERIFY(!core::ReportScope::parse(QStringLiteral("everything")));
        QVERIFY(!core::ReportScope::parse(QStringLiteral("site:")));
        QVERIFY(!core::ReportScope::parse(QStringLiteral("zone:A")));
        QCOMPARE(core::ReportScope::matchKey(QStringLiteral("Emilia-Romagna")),
                 core::ReportScope::matchKey(QStringLiteral("emilia romagna")));
    }

    void resolvesToTheCachesSites()
    {
        const auto sites = core::SiteCatalogue(m_demo->db).sites();
        const core::ResolvedScope all = core::ReportScope{}.resolve(m_demo->db);
        QCOMPARE(all.sites.size(), sites.size());
        QCOMPARE(all.label, QStringLiteral("All sites"));
        const core::ResolvedScope one
            = core::ReportScope::parse(QStringLiteral("site:") + sites.last().code)->resolve(m_demo->db);
        QCOMPARE(one.siteIds(), QList<std::int64_t>{ sites.last().id });
        QCOMPARE(one.description(), sites.last().code + QStringLiteral(" - ") + sites.last().name);
        const core::ResolvedScope region
            = core::ReportScope::parse(QStringLiteral("region:") + sites.first().regionName.toLower())
                  ->resolve(m_demo->db);
        QCOMPARE(region.label, sites.first().regionName);
        try {
            core::ReportScope::parse(QStringLiteral("site:NOPE-01"))->resolve(m_demo->db);
            QFAIL("an unknown site was accepted");
        } catch (const core::ReportError& e) {
            QCOMPARE(e.message(), QStringLiteral("Unknown site 'NOPE-01': 'cruscotto-cli sites' lists the codes."));
        }
    }
};

QTEST_GUILESS_MAIN(TestReportScope)
#include "testreportscope.moc"
