#include "officewiring.h"

#include "hubcredentials.h"
#include "officehublink.h"

#include "core/cache.h"
#include "core/ledger.h"
#include "core/ledgerrecovery.h"
#include "core/sitecatalogue.h"
#include "core/ticketoffice.h"
#include "sync/passwordhash.h"
#include "sync/ticketkeys.h"
#include "widgets/office/checkinpage.h"
#include "widgets/office/devicesetupdialog.h"
#include "widgets/office/kioskwindow.h"
#include "widgets/office/officewindow.h"
#include "widgets/office/salepage.h"
#include "widgets/office/ticketprinter.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <exception>
#include <optional>

namespace cruscotto {

namespace {

const QString kPinSetting = QStringLiteral("supervisor_pin");
const QString kPrinterSetting = QStringLiteral("printer"); // a printer's name, or "pdf:FOLDER"

QString translate(const char* text)
{
    return QCoreApplication::translate("cruscotto::TicketOffice", text);
}

int refuse(const QString& message)
{
    QMessageBox::critical(nullptr, translate("Ticket office"), message);
    return 1;
}

core::DeviceIdentity newIdentity(const QString& siteCode, const QString& name)
{
    const sync::Ed25519KeyPair keys = sync::generateEd25519KeyPair();
    core::DeviceIdentity identity;
    identity.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
    identity.siteCode = siteCode;
    identity.name = name;
    identity.provisionedUtc = QDateTime::currentSecsSinceEpoch();
    identity.signingKey = keys.privateKey;
    identity.publicKey = keys.publicKey;
    return identity;
}

// First start: ask for the site, the device's name and the supervisor's PIN.
bool provision(core::Ledger& ledger, const QList<core::Site>& sites)
{
    widgets::DeviceSetupDialog dialog(sites);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    ledger.provision(newIdentity(dialog.siteCode(), dialog.deviceName()));
    ledger.setSetting(kPinSetting, hashSupervisorPin(dialog.supervisorPin()));
    return true;
}

widgets::TicketPrinter printerFor(const OfficeOptions& options, core::Ledger& ledger)
{
    if (!options.pdfFolder.isEmpty()) {
        return widgets::TicketPrinter::pdfFolder(options.pdfFolder);
    }
    const QString setting = ledger.setting(kPrinterSetting);
    if (setting.startsWith(QLatin1String("pdf:"))) {
        return widgets::TicketPrinter::pdfFolder(setting.mid(4));
    }
    return widgets::TicketPrinter::systemPrinter(setting);
}

// Opens a ledger, checking its hash chain first. A damaged one is never used nor
// deleted: the person at the counter is told and asked to let it be recovered (moved
// aside, what it holds carried into a new file, checked), and told what came of it.
std::optional<core::Ledger> openChecked(const QString& path, bool training)
{
    QString problem;
    try {
        if (!QFile::exists(path)) {
            return core::Ledger::open(path, training);
        }
        core::Ledger ledger = core::Ledger::open(path, training);
        const core::Ledger::Verification check = ledger.verify();
        if (check.ok) {
            return ledger;
        }
        problem = check.problem;
    } catch (const core::DatabaseError& e) {
        if (!e.isCorruption()) {
            throw;
        }
        problem = e.message();
    }
    const auto answer = QMessageBox::critical(
        nullptr, translate("Ticket office"),
        translate("The ticket office's ledger %1 is damaged: %2\n\nRecover it now? The damaged file is kept beside "
                  "it, and every record it still holds is carried into a new ledger and checked. Tell your "
                  "supervisor either way.")
            .arg(QDir::toNativeSeparators(path), problem),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return std::nullopt;
    }
    const core::LedgerRecoveryReport report = core::LedgerRecovery::recover(path, training);
    if (report.complete) {
        QMessageBox::information(nullptr, translate("Ticket office"), report.userMessage());
    } else {
        QMessageBox::warning(nullptr, translate("Ticket office"), report.userMessage());
    }
    return core::Ledger::open(path, training);
}

// Runs the hub link on its own thread for as long as the counter is open: a round
// every half minute and shortly after each sale, void, refund or scan.
class HubLinkRunner
{
public:
    HubLinkRunner(const OfficeOptions& options, core::TicketOffice& office, sync::Ed25519Keyring& keyring,
                  core::Ledger& ledger, widgets::OfficeWindow* window)
        : m_options(options)
        , m_office(office)
        , m_keyring(keyring)
        , m_ledger(ledger)
        , m_window(window)
    {
        m_thread.setObjectName(QStringLiteral("office-hub"));
        m_soon.setSingleShot(true);
        m_soon.setInterval(1500);
        m_every.setInterval(30000);
    }
    ~HubLinkRunner()
    {
        m_thread.quit();
        m_thread.wait();
    }

    void start(const OfficeHubConnection& connection)
    {
        if (!connection.isSet()) {
            if (m_window) {
                m_window->setWorkingAlone();
            } else {
                m_office.setOnline(true);
            }
        }
        auto* link = new OfficeHubLink(m_options.dataDir, m_options.training, connection);
        link->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, link, &QObject::deleteLater);
        const auto round = [link] { QMetaObject::invokeMethod(link, &OfficeHubLink::runRound, Qt::QueuedConnection); };
        QObject::connect(&m_soon, &QTimer::timeout, link, round);
        QObject::connect(&m_every, &QTimer::timeout, link, round);
        QObject::connect(link, &OfficeHubLink::hubReachable, qApp, [this](bool online) {
            m_office.setOnline(online);
            if (m_window) {
                m_window->setHubOnline(online);
            }
        });
        QObject::connect(link, &OfficeHubLink::ticketStateChanged, qApp, [this] {
            m_keyring = sync::Ed25519Keyring::fromLedger(m_ledger);
            if (m_window) {
                m_window->salePage()->refreshAvailability(); // the hub's slot counts came with it
                m_window->checkInPage()->refreshBookings(); // groups' tickets entered at other counters
            }
        });
        QObject::connect(link, &OfficeHubLink::bookingsChanged, qApp, [this] {
            if (m_window) {
                m_window->checkInPage()->refreshBookings();
            }
        });
        QObject::connect(link, &OfficeHubLink::overbooked, qApp, [this](const QStringList& lines) {
            // Shown to a person, never dropped: the hub kept every sale.
            auto* box = new QMessageBox(QMessageBox::Warning, translate("Ticket office"),
                                        translate("The hub has more tickets than places in these time slots "
                                                  "(sales made while the counters were offline). Every sale "
                                                  "was kept: tell the site's manager.\n\n%1")
                                            .arg(lines.join(QLatin1Char('\n'))),
                                        QMessageBox::Ok, m_window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->show();
        });
        QObject::connect(link, &OfficeHubLink::problem, qApp, [this](const QString& message) {
            if (m_window) {
                m_window->statusBar()->showMessage(message, 60000);
            }
        });
        m_thread.start();
        m_every.start();
        round();
    }
    // After anything the ledger got: a round soon (pending sales, upload).
    void soon() { m_soon.start(); }

private:
    OfficeOptions m_options;
    core::TicketOffice& m_office;
    sync::Ed25519Keyring& m_keyring;
    core::Ledger& m_ledger;
    widgets::OfficeWindow* m_window;
    QThread m_thread;
    QTimer m_soon;
    QTimer m_every;
};

// The hub connection: the command line's, else the Sync screen's with the keychain's password.
void withConnection(const OfficeOptions& options, HubCredentials& credentials,
                    const std::function<void(OfficeHubConnection)>& done)
{
    if (!options.hubUrl.isEmpty()) {
        done({ options.hubUrl, options.hubUser, options.hubPassword, options.hubCaFile });
        return;
    }
    const widgets::HubConnection saved = credentials.connection();
    if (saved.url.isEmpty() || saved.user.isEmpty()) {
        done({});
        return;
    }
    credentials.readPassword(saved, [saved, done](const QString& password) {
        done({ saved.url, saved.user, password, saved.caFile });
    });
}

} // namespace

QString hashSupervisorPin(const QString& pin)
{
    const sync::PasswordHash hash = sync::PasswordHash::create(pin.toUtf8());
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(hash.iterations())
        .arg(QString::fromLatin1(hash.salt().toBase64()), QString::fromLatin1(hash.hash().toBase64()));
}

bool checkSupervisorPin(const QString& stored, const QString& pin)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256")) {
        return false;
    }
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < sync::PasswordHash::MinimumIterations) {
        return false;
    }
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray digest = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (salt.size() != sync::PasswordHash::SaltBytes || digest.size() != sync::PasswordHash::HashBytes) {
        return false;
    }
    try {
        return sync::PasswordHash(salt, digest, iterations).verify(pin.toUtf8());
    } catch (const std::exception&) {
        return false; // a damaged setting refuses, it does not stop the counter
    }
}

int runTicketOffice(const OfficeOptions& options)
{
    try {
        if (!core::Cache::exists(options.dataDir)) {
            return refuse(translate("There is no local data in %1 yet: synchronise with the hub first "
                                    "(or start with --demo to try the ticket office).")
                              .arg(QDir::toNativeSeparators(options.dataDir)));
        }
        core::Database cache = core::Cache::openReader(options.dataDir);
        const core::SiteCatalogue catalogue(cache);

        // The live ledger always holds the device's identity and the supervisor's PIN.
        std::optional<core::Ledger> checkedLive = openChecked(core::Ledger::pathIn(options.dataDir, false), false);
        if (!checkedLive) {
            return 1;
        }
        core::Ledger& live = *checkedLive;
        if (!live.identity() && !provision(live, catalogue.sites())) {
            return 1;
        }
        std::optional<core::Ledger> training;
        if (options.training) {
            training = openChecked(core::Ledger::pathIn(options.dataDir, true), true);
            if (!training) {
                return 1;
            }
            if (!training->identity()) {
                // A key of its own: a training ticket must never open a real door.
                const core::DeviceIdentity real = *live.identity();
                training->provision(newIdentity(real.siteCode, translate("%1 (training)").arg(real.name)));
            }
        }
        core::Ledger& ledger = training ? *training : live;
        const core::DeviceIdentity identity = *ledger.identity();
        const auto site = catalogue.siteByCode(identity.siteCode);
        if (!site) {
            return refuse(translate("This device sells for site %1, which the local data does not have: "
                                    "synchronise with the hub first.")
                              .arg(identity.siteCode));
        }

        const sync::Ed25519Signer signer(identity.signingKey);
        // This device's own key and the site's other devices' (kept in the ledger from the hub).
        sync::Ed25519Keyring keyring = sync::Ed25519Keyring::fromLedger(ledger);

        core::TicketOffice office(ledger, *site, catalogue.products(site->id), signer, keyring,
                                  options.kiosk ? core::SalesChannel::Kiosk : core::SalesChannel::Counter);
        office.setClerk(options.clerk);
        office.setFreeDays(catalogue.freeDays(site->id));
        office.setSlotPolicy(catalogue.slotPolicy(site->id));
        // The hub's slot counts: from the ticket state the counter pulls (clerks do not read
        // the changes feed), else from the cache a director's sync filled.
        const std::int64_t siteId = site->id;
        office.setSlotSales([&catalogue, &ledger, siteId](const QDate& day) {
            QMap<int, QMap<int, int>> counts = ledger.hubSlotSales(day);
            return counts.isEmpty() ? catalogue.slotSales(siteId, day) : counts;
        });
        // The PIN lives in the live ledger, also for training.
        const core::TicketOffice::SupervisorCheck supervisorCheck
            = [&live](const QString& supervisor, const QString& pin) {
                  return !supervisor.trimmed().isEmpty() && checkSupervisorPin(live.setting(kPinSetting), pin);
              };
        office.setSupervisorCheck(supervisorCheck);
        widgets::TicketPrinter printer = printerFor(options, ledger);

        HubCredentials credentials;
        if (options.kiosk) {
            widgets::KioskWindow kiosk(office, printer);
            HubLinkRunner link(options, office, keyring, ledger, nullptr);
            withConnection(options, credentials, [&link](const OfficeHubConnection& c) { link.start(c); });
            kiosk.setSupervisorCheck(supervisorCheck);
            // Back to the start after this long without a touch (ledger setting, default a minute).
            const int idleSeconds = ledger.setting(QStringLiteral("kiosk_idle_seconds"), QStringLiteral("60")).toInt();
            kiosk.setIdleTimeout(std::chrono::seconds(std::max(10, idleSeconds)));
            kiosk.setWindowFlags(kiosk.windowFlags() | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
            kiosk.showFullScreen();
            return QApplication::exec();
        }
        widgets::OfficeWindow window(office, printer);
        HubLinkRunner link(options, office, keyring, ledger, &window);
        QObject::connect(window.salePage(), &widgets::SalePage::ledgerChanged, qApp, [&link] { link.soon(); });
        QObject::connect(window.checkInPage(), &widgets::CheckInPage::ledgerChanged, qApp, [&link] { link.soon(); });
        withConnection(options, credentials, [&link](const OfficeHubConnection& c) { link.start(c); });
        window.showMaximized();
        return QApplication::exec();
    } catch (const std::exception& e) {
        return refuse(QString::fromUtf8(e.what()));
    }
}

} // namespace cruscotto
