#include "core/cache.h"
#include "core/database.h"
#include "core/forecastbacktest.h"
#include "core/sitecatalogue.h"
#include "core/visithistory.h"
#include "tests/testsupport/testdatadir.h"

#include <QTest>

#include <cmath>

using core::ForecastBacktest;
using core::VisitSeries;

namespace {

// Smooth exponential growth of exactly 10% per 364 days over a weekly pattern: the
// seasonal-naive forecast is always the actual / 1.1, an error of 1 - 1/1.1.
VisitSeries growingSeries(const QDate& first, const QDate& last)
{
    static constexpr double weekday[8] = { 0, 0.7, 0.8, 0.9, 1.0, 1.1, 1.6, 1.9 };
    VisitSeries s;
    s.first = first;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        const double v = 20000 * weekday[d.dayOfWeek()] * std::pow(1.1, first.daysTo(d) / 364.0);
        s.visitors.push_back(std::llround(v));
    }
    return s;
}

} // namespace

class TestForecastBacktest : public QObject
{
    Q_OBJECT

private slots:
    void seasonalNaiveTakesTheSameWeekdayAYearBefore()
    {
        VisitSeries s;
        s.first = QDate(2024, 1, 1);
        for (int i = 0; i < 800; ++i) {
            s.visitors.push_back(i); // the value is the day's index
        }
        core::OpeningCalendar calendar(9, 19, 0);
        const QDate day = s.first.addDays(700);
        QCOMPARE(ForecastBacktest::seasonalNaive(s, calendar, day, day), 700 - 364);
        // Closed that day: the same weekday a week earlier, then a week later.
        calendar.addException(day.addDays(-364), { false, 0, 0, QStringLiteral("lavori") });
        QCOMPARE(ForecastBacktest::seasonalNaive(s, calendar, day, day), 700 - 371);
        calendar.addException(day.addDays(-371), { false, 0, 0, QStringLiteral("lavori") });
        QCOMPARE(ForecastBacktest::seasonalNaive(s, calendar, day, day), 700 - 357);
        // Only what was known at the origin.
        QCOMPARE(ForecastBacktest::seasonalNaive(s, calendar, day, day.addDays(-357)), 700 - 378);
        // Nothing a year before the series.
        QCOMPARE(ForecastBacktest::seasonalNaive(s, calendar, s.first.addDays(300), s.first.addDays(300)),
                 VisitSeries::Unknown);
    }

    void scoresAKnownSeriesExactly()
    {
        const VisitSeries series = growingSeries(QDate(2022, 1, 3), QDate(2024, 12, 29));
        core::Site site;
        site.code = QStringLiteral("TEST-01");
        site.calendar = core::OpeningCalendar(9, 19, 0);
        const core::SiteBacktest b = ForecastBacktest().run(site, series);
        QCOMPARE(b.siteCode, QStringLiteral("TEST-01"));
        QCOMPARE(b.origins, 13); // every 28 days over the last 364
        QCOMPARE(b.model.days, 364);
        QCOMPARE(b.naive.days, 364);
        QVERIFY2(std::abs(b.naive.mape - (1 - 1 / 1.1)) < 1e-4, qPrintable(QString::number(b.naive.mape)));
        // The growth is in the model (a log-linear trend): almost no error.
        QVERIFY2(b.model.mape < 0.01, qPrintable(QString::number(b.model.mape)));
        QVERIFY(b.model.mase < 0.15 * b.naive.mase);
        QVERIFY(!b.naive.coverage);
        QVERIFY(b.model.coverage);
    }

    void horizonAndClosedDaysShapeTheScoredDays()
    {
        const VisitSeries series = growingSeries(QDate(2022, 1, 3), QDate(2024, 12, 29));
        core::Site site;
        site.calendar = core::OpeningCalendar(9, 19, 1); // closed on Mondays: 6 days a week scored
        ForecastBacktest::Options options;
        options.horizon = 90;
        const core::SiteBacktest b = ForecastBacktest(options).run(site, series);
        QCOMPARE(b.origins, 13);
        // 13 windows of 90 days, each starting on the same weekday: 12 whole weeks and 6 days.
        const QDate lastOrigin = series.last().addDays(1 - 90);
        int open = 0;
        for (int i = 0; i < 90; ++i) {
            open += lastOrigin.addDays(i).dayOfWeek() != 1 ? 1 : 0;
        }
        QCOMPARE(b.model.days, 13 * open);
        QCOMPARE(b.naive.days, b.model.days);
    }

    void tooShortAHistoryIsRefused()
    {
        core::Site site;
        site.calendar = core::OpeningCalendar(9, 19, 0);
        QVERIFY_THROWS_EXCEPTION(core::InsufficientHistory, ForecastBacktest().run(site, VisitSeries{}));
        QVERIFY_THROWS_EXCEPTION(core::InsufficientHistory,
                                 ForecastBacktest().run(site, growingSeries(QDate(2024, 1, 1), QDate(2024, 12, 31))));
    }

    void modelBeatsSeasonalNaiveOnTheDemo()
    {
        // The twelve Basilicata sites, two full years and 2025 to the end of November.
        testsupport::TestDataDir dir;
        dir.writeDemo(12, 2, QDate(2025, 11, 30), 7);
        core::Database db = core::Cache::openWriter(dir.path());
        const core::SiteCatalogue catalogue(db);
        const core::VisitHistory history(db);
        const ForecastBacktest backtest;
        int ticketed = 0;
        int all = 0;
        double coverage = 0;
        for (const core::Site& site : catalogue.sites()) {
            bool sellsTickets = false;
            for (const core::TicketProduct& product : catalogue.products(site.id)) {
                sellsTickets = sellsTickets || product.price.cents() > 0;
            }
            const core::SiteBacktest b = backtest.run(site, history.series(site.id));
            const QByteArray what = QStringLiteral("%1: MAPE %2 vs %3, MASE %4 vs %5, coverage %6")
                                        .arg(site.code)
                                        .arg(b.model.mape)
                                        .arg(b.naive.mape)
                                        .arg(b.model.mase)
                                        .arg(b.naive.mase)
                                        .arg(b.model.coverage.value_or(-1))
                                        .toUtf8();
            QCOMPARE(b.origins, 13);
            QVERIFY(b.model.days > 250);
            if (sellsTickets) {
                ++ticketed;
                QVERIFY2(b.model.mape < b.naive.mape, what.constData());
                QVERIFY2(b.model.mase < b.naive.mase, what.constData());
                QVERIFY2(*b.model.coverage >= 0.7 && *b.model.coverage <= 0.9, what.constData());
            }
            coverage += *b.model.coverage;
            ++all;
        }
        QCOMPARE(ticketed, 10);
        QCOMPARE(all, 12);
        QVERIFY2(coverage / all >= 0.7 && coverage / all <= 0.9, qPrintable(QString::number(coverage / all)));
    }
};

QTEST_GUILESS_MAIN(TestForecastBacktest)
#include "testforecastbacktest.moc"
