// cruscotto-screenshots: the user guides' pictures, taken from the real screens.
//
// Builds a demo cache with a fixed seed and last day (so the pictures come out the same
// each time), opens the real main window on it at 1400x900 and saves every screen once
// its figures have arrived; then sets up a ticket-office device on the same data as a
// counter's first start does (Ed25519 key pair, supervisor PIN hash), sells, checks a
// ticket in, corrects a sale and closes the cash session, and shows the kiosk.
// docs/tools/screenshots.sh runs it offscreen for each language.
#include "app/gui/officewiring.h"
#include "core/cache.h"
#include "core/demogenerator.h"
#include "core/ledger.h"
#include "core/rometime.h"
#include "core/sitecatalogue.h"
#include "core/ticketoffice.h"
#include "sync/ticketkeys.h"
#include "translations/translator.h"
#include "widgets/alertspage.h"
#include "widgets/dashboardpage.h"
#include "widgets/fundingpage.h"
#include "widgets/mainwindow.h"
#include "widgets/office/cashsessionpage.h"
#include "widgets/office/checkinpage.h"
#include "widgets/office/devicesetupdialog.h"
#include "widgets/office/kioskwindow.h"
#include "widgets/office/officewindow.h"
#include "widgets/office/salecorrectiondialog.h"
#include "widgets/office/salepage.h"
#include "widgets/office/ticketprinter.h"
#include "widgets/regionalpage.h"
#include "widgets/reportspage.h"
#include "widgets/syncpage.h"
#include "widgets/zonespage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QUuid>

#include <cstdio>
#include <exception>
#include <functional>
#include <stdexcept>

namespace {

// The demo's last day: a Friday, the museums open; the pictures' "today" is the day after.
const QDate kLastDay(2026, 10, 30);
constexpr int kWidth = 1400;
constexpr int kHeight = 900;

void say(const QString& line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

// Runs the event loop until `done` holds (the pages load on worker threads).
void waitUntil(const std::function<bool()>& done, const QString& what, int timeoutMs = 120000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs) {
            throw std::runtime_error(qPrintable(QStringLiteral("timed out waiting for %1").arg(what)));
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
}

// Lets layouts, charts and deferred updates settle before a picture.
void settle(int ms = 400)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
}

class Camera
{
public:
    explicit Camera(const QString& dir)
        : m_dir(dir)
    {
        if (!QDir().mkpath(dir)) {
            throw std::runtime_error(qPrintable(QStringLiteral("cannot create %1").arg(dir)));
        }
    }

    void snap(QWidget& widget, const QString& name)
    {
        settle();
        const QString file = m_dir.filePath(name + QStringLiteral(".png"));
        if (!widget.grab().save(file)) {
            throw std::runtime_error(qPrintable(QStringLiteral("cannot write %1").arg(file)));
        }
        say(QStringLiteral("  %1").arg(file));
        ++m_count;
    }
    int count() const { return m_count; }

private:
    QDir m_dir;
    int m_count = 0;
};

// A paying museum: it sells full, reduced and free tickets (as the widget tests' counter).
core::Site payingMuseum(const core::SiteCatalogue& catalogue)
{
    for (const core::Site& site : catalogue.sites()) {
        const auto products = catalogue.products(site.id);
        if (site.type == core::SiteType::Museum && !site.nominativeTickets && !products.isEmpty()
            && products.first().price > core::Money()) {
            return site;
        }
    }
    throw std::runtime_error("the demo has no paying museum");
}

void takeMainWindow(const QString& dataDir, const QString& fundingFile, const core::Site& museum, Camera& camera)
{
    widgets::MainWindow window(dataDir);
    // "Now" is the morning after the demo's last day, so the data is fresh, not stale.
    const QDateTime now(kLastDay.addDays(1), QTime(8, 30), QTimeZone("Europe/Rome"));
    window.dashboard()->setClock([now] { return now; });
    window.funding()->setDay(kLastDay);
    window.syncPage()->setConnection({ QStringLiteral("http://127.0.0.1:8080"), QStringLiteral("director"), {} });
    window.resize(kWidth, kHeight);
    window.show();
    waitUntil([&window] { return window.isCacheLoaded(); }, QStringLiteral("the cache"));
    if (!window.overview().hasData()) {
        throw std::runtime_error("the demo cache shows no figures");
    }

    window.showScreen(widgets::MainWindow::Screen::Dashboard);
    widgets::DashboardPage* dashboard = window.dashboard();
    waitUntil([dashboard] { return dashboard->isUpToDate(); }, QStringLiteral("the dashboard"));
    camera.snap(window, QStringLiteral("dashboard"));
    // One museum over a range that runs two weeks past the data: the forecast fills them.
    dashboard->selectSite(museum.id);
    dashboard->selectCustomRange(kLastDay.addDays(-44), kLastDay.addDays(14));
    waitUntil([dashboard] { return dashboard->isUpToDate(); }, QStringLiteral("the site's dashboard"));
    camera.snap(window, QStringLiteral("dashboard-site"));
    // A click on the trend's last month: its days.
    dashboard->selectPeriod(widgets::ReportingPeriod::Preset::YearToDate);
    waitUntil([dashboard] { return dashboard->isUpToDate(); }, QStringLiteral("the year to date"));
    const qsizetype buckets = dashboard->shownFigures().trend.size();
    if (buckets > 0 && dashboard->drillInto(buckets - 1)) {
        waitUntil([dashboard] { return dashboard->isUpToDate(); }, QStringLiteral("the drill-down"));
        camera.snap(window, QStringLiteral("dashboard-drilldown"));
    }

    window.showScreen(widgets::MainWindow::Screen::Regional);
    widgets::RegionalPage* regional = window.regional();
    waitUntil([regional] { return regional->isUpToDate(); }, QStringLiteral("the regional ranking"));
    camera.snap(window, QStringLiteral("regional"));
    QList<std::int64_t> firstTwo;
    for (const core::Site& site : window.overview().sites) {
        if (site.type == museum.type && firstTwo.size() < 2) {
            firstTwo.append(site.id);
        }
    }
    regional->compareSites(firstTwo);
    waitUntil([regional] { return regional->isUpToDate(); }, QStringLiteral("the comparison"));
    camera.snap(window, QStringLiteral("regional-compare"));

    widgets::ZonesPage* zones = window.zones();
    bool seriesShown = false;
    QObject::connect(zones, &widgets::ZonesPage::seriesShown, zones, [&seriesShown] { seriesShown = true; });
    zones->showSite(museum.id, kLastDay.addDays(-6), kLastDay);
    window.showScreen(widgets::MainWindow::Screen::Zones);
    waitUntil([zones, &seriesShown] { return zones->isUpToDate() && seriesShown; }, QStringLiteral("the zones"));
    camera.snap(window, QStringLiteral("zones"));

    window.showScreen(widgets::MainWindow::Screen::Alerts);
    widgets::AlertsPage* alerts = window.alerts();
    alerts->selectRange(kLastDay.addDays(-119), kLastDay);
    waitUntil([alerts] { return alerts->isUpToDate(); }, QStringLiteral("the alerts"));
    if (alerts->alertView()->model() != nullptr && alerts->alertView()->model()->rowCount() > 0) {
        alerts->alertView()->selectRow(0);
    }
    camera.snap(window, QStringLiteral("alerts"));

    widgets::FundingPage* funding = window.funding();
    window.showScreen(widgets::MainWindow::Screen::Funding);
    if (!fundingFile.isEmpty()) {
        bool imported = false;
        QObject::connect(funding, &widgets::FundingPage::importFinished, funding, [&imported] { imported = true; });
        funding->startImport(fundingFile);
        waitUntil([&imported, funding] { return imported && !funding->isBusy(); },
                  QStringLiteral("the funding import"));
    }
    waitUntil([funding] { return !funding->isBusy(); }, QStringLiteral("the funded projects"));
    camera.snap(window, QStringLiteral("funding"));

    window.showScreen(widgets::MainWindow::Screen::Reports);
    widgets::ReportsPage* reports = window.reports();
    bool previewed = false;
    QObject::connect(reports, &widgets::ReportsPage::previewReady, reports, [&previewed] { previewed = true; });
    reports->preview();
    waitUntil([&previewed, reports] { return previewed && !reports->isBusy(); }, QStringLiteral("the report preview"));
    camera.snap(window, QStringLiteral("reports"));

    window.showScreen(widgets::MainWindow::Screen::Sync);
    camera.snap(window, QStringLiteral("sync"));
    window.showScreen(widgets::MainWindow::Screen::Settings);
    camera.snap(window, QStringLiteral("settings"));
}

// A device set up as a counter's first start does (app/gui/officewiring.cpp), with a key pair of its own.
core::DeviceIdentity newIdentity(const QString& siteCode, const QString& name, std::int64_t nowUtc)
{
    const cruscotto::sync::Ed25519KeyPair keys = cruscotto::sync::generateEd25519KeyPair();
    core::DeviceIdentity identity;
    // Named, not random, so the ticket numbers on the pictures stay the same from run to run.
    identity.deviceId = QUuid::createUuidV5(QUuid(), QStringLiteral("cruscotto-screenshots/%1/%2").arg(siteCode, name))
                            .toString(QUuid::WithoutBraces)
                            .toLower();
    identity.siteCode = siteCode;
    identity.name = name;
    identity.provisionedUtc = nowUtc;
    identity.signingKey = keys.privateKey;
    identity.publicKey = keys.publicKey;
    return identity;
}

struct Counter
{
    core::Ledger ledger;
    cruscotto::sync::Ed25519Signer signer;
    cruscotto::sync::Ed25519Keyring keyring;
    core::TicketOffice office;

    Counter(const QString& ledgerPath, const core::SiteCatalogue& catalogue, const core::Site& site,
            const QString& name, core::SalesChannel channel, std::int64_t nowUtc)
        : ledger(provisioned(ledgerPath, site, name, nowUtc))
        , signer(ledger.identity()->signingKey)
        , keyring(cruscotto::sync::Ed25519Keyring::fromLedger(ledger))
        , office(ledger, site, catalogue.products(site.id), signer, keyring, channel)
    {
        office.setFreeDays(catalogue.freeDays(site.id));
        office.setSlotPolicy(catalogue.slotPolicy(site.id));
        const QString pinHash = ledger.setting(QStringLiteral("supervisor_pin"));
        office.setSupervisorCheck([pinHash](const QString& supervisor, const QString& pin) {
            return !supervisor.trimmed().isEmpty() && cruscotto::checkSupervisorPin(pinHash, pin);
        });
        office.setOnline(true);
    }

    static core::Ledger provisioned(const QString& path, const core::Site& site, const QString& name,
                                    std::int64_t nowUtc)
    {
        core::Ledger ledger = core::Ledger::open(path, false);
        ledger.provision(newIdentity(site.code, name, nowUtc));
        ledger.setSetting(QStringLiteral("supervisor_pin"), cruscotto::hashSupervisorPin(QStringLiteral("2468")));
        return ledger;
    }
};

void takeTicketOffice(const QString& dataDir, const core::Site& museum, Camera& camera)
{
    core::Database cache = core::Cache::openReader(dataDir);
    const core::SiteCatalogue catalogue(cache);
    // The last day's opening hour: a working Friday at the counter.
    std::int64_t now = core::RomeTime::utcOf(kLastDay, 10);
    const widgets::OfficeClock clock = [&now] { return now; };

    {
        widgets::DeviceSetupDialog setup(catalogue.sites());
        setup.show();
        camera.snap(setup, QStringLiteral("office-device-setup"));
    }

    Counter counter(core::Ledger::pathIn(dataDir, false), catalogue, museum, QStringLiteral("Cassa 1"),
                    core::SalesChannel::Counter, now - 7200);
    counter.office.setClerk(QStringLiteral("Giulia"));
    widgets::TicketPrinter printer
        = widgets::TicketPrinter::pdfFolder(QDir(dataDir).filePath(QStringLiteral("prints")));
    widgets::OfficeWindow window(counter.office, printer);
    window.setClock(clock);
    window.setHubOnline(true);
    window.resize(kWidth, kHeight);
    window.show();
    window.activateWindow();

    // The morning: the session is opened with the float.
    window.showScreen(widgets::OfficeWindow::Screen::Cash);
    window.findChild<QLineEdit*>(QStringLiteral("openingFloat"))->setText(QStringLiteral("100"));
    camera.snap(window, QStringLiteral("office-cash-open"));
    window.cashPage()->openSession();

    // Keys 1 1 3 2: two full tickets, a free one for an under-18, a reduced one; paid
    // with the next round ten euros in cash.
    window.showScreen(widgets::OfficeWindow::Screen::Sale);
    widgets::SalePage* sale = window.salePage();
    for (int key : { 0, 0, 2, 1 }) {
        sale->pressProductKey(key);
    }
    camera.snap(window, QStringLiteral("office-sale-cart"));
    const std::int64_t totalCents = sale->cart().total().cents();
    sale->proceed();
    if (sale->step() == widgets::SalePage::Step::Check) {
        camera.snap(window, QStringLiteral("office-document-check"));
        sale->confirmDocumentsChecked();
    }
    const std::int64_t tendered = (totalCents / 1000 + 1) * 10;
    window.findChild<QLineEdit*>(QStringLiteral("cashTendered"))->setText(QString::number(tendered));
    camera.snap(window, QStringLiteral("office-payment"));
    sale->payWithTypedCash();
    if (sale->step() != widgets::SalePage::Step::Done) {
        throw std::runtime_error(qPrintable(QStringLiteral("the sale was refused: %1").arg(sale->message())));
    }
    camera.snap(window, QStringLiteral("office-receipt"));
    const core::SaleReceipt receipt = *sale->lastReceipt();

    // A second visitor buys a full ticket, then changes her mind: F8.
    now += 600;
    sale->startNewSale();
    sale->pressProductKey(0);
    sale->proceed();
    sale->payWithTypedCash();
    if (sale->step() != widgets::SalePage::Step::Done) {
        throw std::runtime_error(qPrintable(QStringLiteral("the second sale was refused: %1").arg(sale->message())));
    }
    const core::SaleReceipt second = *sale->lastReceipt();
    widgets::SaleCorrectionDialog* corrections = sale->openCorrections();
    corrections->resize(760, 560);
    corrections->selectReceipt(second.receiptNumber);
    camera.snap(*corrections, QStringLiteral("office-corrections"));
    corrections->close();
    sale->startNewSale();
    const std::int64_t cashInCents = 10000 + totalCents + second.total.cents();

    now += 600;
    window.showScreen(widgets::OfficeWindow::Screen::CheckIn);
    window.checkInPage()->scan(receipt.tickets.first().text);
    camera.snap(window, QStringLiteral("office-checkin"));
    window.checkInPage()->scan(receipt.tickets.first().text);
    camera.snap(window, QStringLiteral("office-checkin-used"));

    // The evening: X report, blind count, Z report.
    now = core::RomeTime::utcOf(kLastDay, 19);
    window.showScreen(widgets::OfficeWindow::Screen::Cash);
    window.cashPage()->showXReport();
    camera.snap(window, QStringLiteral("office-cash-x"));
    window.cashPage()->startClosing();
    // The drawer as expected: the float and the two cash sales.
    window.findChild<QLineEdit*>(QStringLiteral("countedCash"))
        ->setText(QLocale().toString(static_cast<double>(cashInCents) / 100.0, 'f', 2));
    camera.snap(window, QStringLiteral("office-cash-count"));
    window.cashPage()->closeWithCount();
    camera.snap(window, QStringLiteral("office-cash-z"));
    window.close();

    // The kiosk: a device of its own, in the museum's hall.
    now = core::RomeTime::utcOf(kLastDay, 11);
    Counter kioskDevice(QDir(dataDir).filePath(QStringLiteral("kiosk-ledger.sqlite")), catalogue, museum,
                        QStringLiteral("Totem 1"), core::SalesChannel::Kiosk, now - 3600);
    kioskDevice.office.setClerk(QStringLiteral("kiosk"));
    kioskDevice.office.openSession(core::Money(), now - 3600);
    widgets::KioskWindow kiosk(kioskDevice.office, printer);
    kiosk.setClock(clock);
    kiosk.resize(kWidth, kHeight);
    kiosk.show();
    kiosk.addProduct(0);
    kiosk.addProduct(0);
    kiosk.addProduct(2);
    camera.snap(kiosk, QStringLiteral("kiosk-choose"));
    kiosk.toConfirm();
    camera.snap(kiosk, QStringLiteral("kiosk-confirm"));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Cruscotto"));
    QCoreApplication::setApplicationName(QStringLiteral("Cruscotto"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRUSCOTTO_VERSION));
    // Settings and keychain-free paths of a scratch profile: the user's own stay untouched.
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Takes the user guides' screenshots from the real screens."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("lang"), QStringLiteral("Interface language: it or en (default en)."),
                       QStringLiteral("LANG"), QStringLiteral("en") });
    parser.addOption({ QStringLiteral("out"), QStringLiteral("Write the PNG files into DIR."), QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("data-dir"),
                       QStringLiteral("Build the demo data in DIR, which must not exist yet (default: a temporary "
                                      "directory). The Settings screen shows the path."),
                       QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("funding"),
                       QStringLiteral("A funding table to import for the Funded projects "
                                      "screen (CSV or XLSX)."),
                       QStringLiteral("FILE") });
    parser.process(app);
    const QString language = parser.value(QStringLiteral("lang"));
    if (language != QLatin1String("it") && language != QLatin1String("en")) {
        say(QStringLiteral("--lang takes it or en."));
        return 2;
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        say(QStringLiteral("--out DIR is required."));
        return 2;
    }
    // As the application does (app/gui/main.cpp); English figures as an English-speaking
    // euro country shows them, whatever this machine's locale, so the pictures do not vary.
    if (cruscotto::installTranslator(app, language) != language) {
        say(QStringLiteral("No %1 translation is built in.").arg(language));
        return 1;
    }
    if (language == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
    }

    try {
        QTemporaryDir scratch;
        if (!scratch.isValid()) {
            throw std::runtime_error("no temporary directory");
        }
        QString dataDir = scratch.path();
        if (parser.isSet(QStringLiteral("data-dir"))) {
            dataDir = QDir(parser.value(QStringLiteral("data-dir"))).absolutePath();
            if (QFileInfo::exists(dataDir) || !QDir().mkpath(dataDir)) {
                throw std::runtime_error(qPrintable(
                    QStringLiteral("%1 exists already or cannot be made: give a new directory").arg(dataDir)));
            }
        }
        say(QStringLiteral("Building the demo cache (seed 2026, until %1)…").arg(kLastDay.toString(Qt::ISODate)));
        core::DemoGenerator::Options options;
        options.sites = 12;
        options.years = 2;
        options.seed = 2026;
        options.until = kLastDay;
        options.monitorDays = 120; // the alerts a hub's transaction monitoring would have raised, as the app's demo
        core::DemoGenerator(options).writeCache(core::Cache::pathIn(dataDir));

        core::Site museum;
        {
            core::Database cache = core::Cache::openReader(dataDir);
            museum = payingMuseum(core::SiteCatalogue(cache));
        }
        Camera camera(parser.value(QStringLiteral("out")));
        say(QStringLiteral("Screens (%1):").arg(language));
        takeMainWindow(dataDir, parser.value(QStringLiteral("funding")), museum, camera);
        takeTicketOffice(dataDir, museum, camera);
        say(QStringLiteral("%1 screenshots.").arg(camera.count()));
    } catch (const std::exception& e) {
        say(QStringLiteral("cruscotto-screenshots: %1").arg(QString::fromUtf8(e.what())));
        return 1;
    }
    return 0;
}
