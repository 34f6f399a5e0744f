#include "core/cache.h"
#include "core/database.h"
#include "tests/testsupport/testdatadir.h"
#include "widgets/cacheoverview.h"
#include "widgets/tableclipboard.h"
#include "widgets/zonespage.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using widgets::ZonesPage;

class TestZonesPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TestDataDir> m_dir;
    widgets::CacheOverview m_overview;
    const QDate m_from{ 2025, 6, 1 };
    const QDate m_to{ 2025, 6, 30 };

    std::int64_t direct(const QString& sql) const
    {
        core::Database db = core::Cache::openReader(m_dir->path());
        return db.scalar(sql.toUtf8().constData());
    }

    QString period() const
    {
        return QStringLiteral(" AND s.day BETWEEN %1 AND %2").arg(m_from.toJulianDay()).arg(m_to.toJulianDay());
    }

    static QString text(const QAbstractItemModel* model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }

    int rowOf(const ZonesPage& page, std::int64_t zoneId) const
    {
        const QAbstractItemModel* model = page.zoneView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(ZonesPage::ZoneIdRole).toLongLong() == zoneId) {
                return row;
            }
        }
        return -1;
    }

    static void screenshot(QWidget& widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("CRUSCOTTO_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name));
        }
    }

    std::int64_t museumSite() const
    {
        // A site with indoor zones that have climate readings.
        return direct(QStringLiteral("SELECT z.site_id FROM zones z JOIN zone_sensor_hourly s ON s.zone_id = z.id "
                                     "WHERE z.indoor = 1 AND s.temperature_c IS NOT NULL ORDER BY z.site_id LIMIT 1"));
    }

    static QPalette darkPalette()
    {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x26, 0x2a, 0x30));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Base, QColor(0x1c, 0x1f, 0x24));
        p.setColor(QPalette::AlternateBase, QColor(0x24, 0x28, 0x2e));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Button, QColor(0x30, 0x35, 0x3c));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Highlight, QColor(0x4a, 0xa3, 0xff));
        p.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
        p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa8));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x86, 0x8e));
        return p;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
        m_dir = std::make_unique<testsupport::TestDataDir>();
        m_dir->writeDemo(4, 1, QDate(2025, 6, 30), 5);
        m_overview = widgets::CacheOverview::load(m_dir->path());
        QVERIFY(m_overview.hasData());
    }

    void zoneFiguresEqualTheHourlyRows()
    {
        ZonesPage page;
        page.resize(1400, 900);
        page.setCache(m_dir->path(), m_overview.sites, m_overview.firstSalesDay, m_overview.lastSalesDay);
        const std::int64_t site = museumSite();
        QSignalSpy series(&page, &ZonesPage::seriesShown);
        page.showSite(site, m_from, m_to);
        QTRY_VERIFY_WITH_TIMEOUT(page.isUpToDate() && page.shownFigures().siteId == site, 20000);
        const QAbstractItemModel* model = page.zoneView()->model();
        QCOMPARE(model->rowCount(), direct(QStringLiteral("SELECT COUNT(*) FROM zones WHERE site_id = %1").arg(site)));
        const QLocale it;
        for (const core::ZoneSummary& zone : page.shownFigures().zones) {
            const int row = rowOf(page, zone.zoneId);
            QVERIFY(row >= 0);
            const QString where = QStringLiteral("FROM zone_sensor_hourly s JOIN zones z ON z.id = s.zone_id WHERE "
                                                 "z.id = %1")
                                      .arg(zone.zoneId)
                + period();
            QCOMPARE(text(model, row, ZonesPage::CapacityColumn),
                     it.toString(direct(QStringLiteral("SELECT capacity FROM zones WHERE id = %1").arg(zone.zoneId))));
            QCOMPARE(text(model, row, ZonesPage::PeakColumn),
                     it.toString(direct(QStringLiteral("SELECT MAX(s.occupancy_max) ") + where)));
            QCOMPARE(text(model, row, ZonesPage::HoursColumn),
                     it.toString(direct(QStringLiteral("SELECT COUNT(*) ") + where)));
            // Now: the latest hour in the cache, whatever the period.
            QCOMPARE(text(model, row, ZonesPage::NowColumn),
                     it.toString(direct(QStringLiteral("SELECT ROUND(occupancy_avg) FROM zone_sensor_hourly WHERE "
                                                       "zone_id = %1 ORDER BY hour_utc DESC LIMIT 1")
                                            .arg(zone.zoneId))));
            if (zone.indoor) {
                QCOMPARE(
                    text(model, row, ZonesPage::HoursOutColumn),
                    it.toString(direct(
                        QStringLiteral("SELECT COUNT(*) ") + where
                        + QStringLiteral(" AND (s.temperature_c NOT BETWEEN z.temp_min AND z.temp_max OR "
                                         "s.humidity_pct NOT BETWEEN z.rh_min AND z.rh_max OR s.lux > z.lux_max)"))));
                QCOMPARE(text(model, row, ZonesPage::TemperatureOutColumn),
                         it.toString(direct(QStringLiteral("SELECT COUNT(*) ") + where
                                            + QStringLiteral(" AND s.temperature_c NOT BETWEEN z.temp_min AND "
                                                             "z.temp_max"))));
            } else {
                QCOMPARE(text(model, row, ZonesPage::HoursOutColumn), QStringLiteral("–"));
            }
        }
        // The first zone's readings are charted: a month, so one point a day.
        QTRY_VERIFY_WITH_TIMEOUT(!series.isEmpty(), 20000);
        const std::int64_t zone = page.selectedZone();
        QCOMPARE(zone, page.shownFigures().zones.first().zoneId);
        QVERIFY(!page.shownSeries().hourly);
        QCOMPARE(
            page.shownSeries().readings.size(),
            direct(
                QStringLiteral("SELECT COUNT(DISTINCT s.day) FROM zone_sensor_hourly s WHERE s.zone_id = %1").arg(zone)
                + period()));
        QCOMPARE(page.chart()->readings().size(), page.shownSeries().readings.size());

        // A week: hour by hour, every hour with readings.
        series.clear();
        page.selectRange(QDate(2025, 6, 23), QDate(2025, 6, 29));
        QTRY_VERIFY_WITH_TIMEOUT(!series.isEmpty() && page.shownSeries().period.from == QDate(2025, 6, 23), 20000);
        QVERIFY(page.shownSeries().hourly);
        QCOMPARE(page.chart()->temperaturePoints(),
                 direct(QStringLiteral("SELECT COUNT(*) FROM zone_sensor_hourly WHERE zone_id = %1 AND "
                                       "temperature_c IS NOT NULL AND day BETWEEN %2 AND %3")
                            .arg(zone)
                            .arg(QDate(2025, 6, 23).toJulianDay())
                            .arg(QDate(2025, 6, 29).toJulianDay())));
        // The zone table copies as shown: the chosen zone's row is the selection.
        const auto copied = widgets::TableClipboard::contents(page.zoneView());
        QCOMPARE(copied.rows, 1);
        const int chosen = rowOf(page, zone);
        QStringList cells;
        for (int c = 0; c < ZonesPage::ColumnCount; ++c) {
            cells << text(model, chosen, c);
        }
        QCOMPARE(copied.tsv.section(QLatin1Char('\n'), 1, 1), cells.join(QLatin1Char('\t')));
        screenshot(page, QStringLiteral("zones.png"));
    }

    void thresholdEditPersistsAndRecountsHoursOut()
    {
        ZonesPage page;
        page.setCache(m_dir->path(), m_overview.sites, m_overview.firstSalesDay, m_overview.lastSalesDay);
        const std::int64_t site = museumSite();
        QSignalSpy series(&page, &ZonesPage::seriesShown);
        page.showSite(site, m_from, m_to);
        QTRY_VERIFY_WITH_TIMEOUT(page.isUpToDate() && !series.isEmpty(), 20000);
        const std::int64_t zone = page.selectedZone();
        QVERIFY(page.shownFigures().thresholds.value(zone).indoor);
        const int row = rowOf(page, zone);
        const QString before = text(page.zoneView()->model(), row, ZonesPage::HoursOutColumn);

        core::ZoneThresholds tight;
        tight.temperatureMin = 21.0;
        tight.temperatureMax = 22.0;
        tight.humidityMin = 48.0;
        tight.humidityMax = 52.0;
        tight.luxMax = 80.0;
        page.setEditedThresholds(tight);
        QSignalSpy saved(&page, &ZonesPage::thresholdsSaved);
        QSignalSpy refreshed(&page, &ZonesPage::refreshed);
        page.findChild<QPushButton*>(QStringLiteral("saveThresholds"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && page.isUpToDate(), 20000);

        QCOMPARE(direct(QStringLiteral("SELECT CAST(temp_min * 10 AS INTEGER) FROM zones WHERE id = %1").arg(zone)),
                 210);
        QCOMPARE(direct(QStringLiteral("SELECT CAST(lux_max AS INTEGER) FROM zones WHERE id = %1").arg(zone)), 80);
        const std::int64_t expected = direct(
            QStringLiteral("SELECT COUNT(*) FROM zone_sensor_hourly s WHERE s.zone_id = %1 AND (s.temperature_c NOT "
                           "BETWEEN 21 AND 22 OR s.humidity_pct NOT BETWEEN 48 AND 52 OR s.lux > 80)")
                .arg(zone)
            + period());
        const QString after = text(page.zoneView()->model(), rowOf(page, zone), ZonesPage::HoursOutColumn);
        QCOMPARE(after, QLocale().toString(expected));
        QVERIFY(after != before);
        QCOMPARE(page.editedThresholds().temperatureMax, 22.0);
        QVERIFY(text(page.zoneView()->model(), rowOf(page, zone), ZonesPage::ThresholdsColumn)
                    .startsWith(QStringLiteral("21,0–22,0 °C")));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("thresholdsStatus"))->text(),
                 QStringLiteral("Thresholds saved; the hours out of range are counted again."));
    }

    void implausibleThresholdsAreRefused()
    {
        ZonesPage page;
        page.setCache(m_dir->path(), m_overview.sites, m_overview.firstSalesDay, m_overview.lastSalesDay);
        QSignalSpy series(&page, &ZonesPage::seriesShown);
        page.showSite(museumSite(), m_from, m_to);
        QTRY_VERIFY_WITH_TIMEOUT(page.isUpToDate() && !series.isEmpty(), 20000);
        const std::int64_t zone = page.selectedZone();
        const std::int64_t stored
            = direct(QStringLiteral("SELECT CAST(rh_min * 10 AS INTEGER) FROM zones WHERE id = %1").arg(zone));
        core::ZoneThresholds reversed = page.editedThresholds();
        reversed.humidityMin = 70;
        reversed.humidityMax = 60;
        page.setEditedThresholds(reversed);
        QSignalSpy saved(&page, &ZonesPage::thresholdsSaved);
        page.saveEditedThresholds();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
        QVERIFY(!saved.first().at(0).toBool());
        QCOMPARE(saved.first().at(1).toString(),
                 QStringLiteral("The lowest relative humidity must be under the highest."));
        QCOMPARE(direct(QStringLiteral("SELECT CAST(rh_min * 10 AS INTEGER) FROM zones WHERE id = %1").arg(zone)),
                 stored);
    }

    void breadcrumbLeadsBackToTheRegion()
    {
        ZonesPage page;
        page.setCache(m_dir->path(), m_overview.sites, m_overview.firstSalesDay, m_overview.lastSalesDay);
        const std::int64_t siteId = museumSite();
        QSignalSpy series(&page, &ZonesPage::seriesShown);
        page.showSite(siteId, m_from, m_to);
        QTRY_VERIFY_WITH_TIMEOUT(page.isUpToDate() && !series.isEmpty(), 20000);
        const core::Site* site = nullptr;
        for (const core::Site& s : m_overview.sites) {
            if (s.id == siteId) {
                site = &s;
            }
        }
        auto* crumb = page.findChild<QLabel*>(QStringLiteral("zonesBreadcrumb"));
        QVERIFY(crumb->text().contains(site->name.toHtmlEscaped()));
        QVERIFY(crumb->text().contains(page.shownFigures().zones.first().name.toHtmlEscaped()));
        QSignalSpy up(&page, &ZonesPage::regionRequested);
        emit crumb->linkActivated(QStringLiteral("region:%1").arg(site->regionId));
        QCOMPARE(up.size(), 1);
        QCOMPARE(up.first().at(0).value<std::int64_t>(), site->regionId);
    }
    // Beside the 200-pixel navigation of a 1280-pixel window, and readable in a dark palette.
    void fitsTheWindowInADarkPalette()
    {
        ZonesPage page;
        page.setPalette(darkPalette());
        page.resize(1080, 760);
        page.setCache(m_dir->path(), m_overview.sites, m_overview.firstSalesDay, m_overview.lastSalesDay);
        QSignalSpy series(&page, &ZonesPage::seriesShown);
        page.showSite(museumSite(), m_from, m_to);
        QTRY_VERIFY_WITH_TIMEOUT(page.isUpToDate() && !series.isEmpty(), 20000);
        QVERIFY2(page.minimumSizeHint().width() <= 1080, qPrintable(QString::number(page.minimumSizeHint().width())));
        const QImage image = page.grab().toImage();
        QVERIFY(!image.isNull());
        // The dark base shows: the page is not painted in light colours regardless.
        QVERIFY(image.pixelColor(image.width() / 2, image.height() - 20).lightness() < 128);
        const QString dir = qEnvironmentVariable("CRUSCOTTO_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(image.save(dir + QStringLiteral("/zonespage-dark.png")));
        }
    }
};

QTEST_MAIN(TestZonesPage)
#include "testzonespage.moc"
