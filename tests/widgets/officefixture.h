#pragma once
// A real ticket office for the widget tests: a small demo cache for the site and
// its products, a ledger in a temporary directory, provisioned with a real Ed25519
// key pair (sync is linked into the tests only, never into widgets), a PIN checked
// through the real PBKDF2 hash, and a printer that writes PDF files.
#include "tests/testsupport/testdatadir.h"

#include "core/cache.h"
#include "core/ledger.h"
#include "core/rometime.h"
#include "core/sitecatalogue.h"
#include "core/ticketoffice.h"
#include "sync/passwordhash.h"
#include "sync/ticketkeys.h"
#include "widgets/office/ticketprinter.h"

#include <QProcess>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace officetest {

inline const QString kPin = QStringLiteral("2468");

// A Wednesday in June, 10:00 in Rome: not a free Sunday, the museum open.
inline std::int64_t saleDayAt(int hour, int minute = 0, const QDate& day = QDate(2025, 6, 11))
{
    return core::RomeTime::utcOf(day, hour) + minute * 60;
}

// The first Sunday of June 2025: "Domenica al museo", admission free.
inline const QDate kFreeSunday(2025, 6, 1);

// Sites set up beyond the demo's: the fixture's site is changed before its office is made.
using SiteSetup = std::function<void(core::Site&)>;

// 9:00 to 13:00, every day: four hourly slots.
inline void morningHours(core::Site& site)
{
    site.calendar = core::OpeningCalendar(9, 13, 0);
}

inline void nominative(core::Site& site)
{
    site.nominativeTickets = true;
}

// 20 places per hourly slot: the counter 10, online 6, kiosk 2, B2B 2.
inline core::SlotPolicy hourlySlots(int capacity = 20)
{
    return core::SlotPolicy{ 60, capacity, 50, 30, 10, 10 };
}

// One provisioned device of one site, with its own ledger and key.
struct Device
{
    std::optional<core::Ledger> ledger;
    std::unique_ptr<cruscotto::sync::Ed25519Signer> signer;
    QString shortId;
    QByteArray publicKey;
    std::unique_ptr<core::TicketOffice> office;

    Device(const QString& ledgerPath, const core::Site& site, const QList<core::TicketProduct>& products,
           const core::TicketKeyring& keyring, core::SalesChannel channel, bool training, std::int64_t now)
    {
        ledger.emplace(core::Ledger::open(ledgerPath, training));
        const cruscotto::sync::Ed25519KeyPair keys = cruscotto::sync::generateEd25519KeyPair();
        core::DeviceIdentity identity;
        identity.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
        identity.siteCode = site.code;
        identity.name = QStringLiteral("Cassa 1");
        identity.provisionedUtc = now;
        identity.signingKey = keys.privateKey;
        identity.publicKey = keys.publicKey;
        ledger->provision(identity);
        signer = std::make_unique<cruscotto::sync::Ed25519Signer>(keys.privateKey);
        shortId = core::TicketCode::deviceShortIdOf(identity.deviceId);
        publicKey = keys.publicKey;
        office = std::make_unique<core::TicketOffice>(*ledger, site, products, *signer, keyring, channel);
        office->setClerk(QStringLiteral("clerk-7"));
    }
};

class OfficeFixture
{
public:
    explicit OfficeFixture(core::SalesChannel channel = core::SalesChannel::Counter, bool training = false,
                           int sites = 2, const SiteSetup& setup = {})
        : m_pinHash(
            cruscotto::sync::PasswordHash::create(kPin.toUtf8(), cruscotto::sync::PasswordHash::MinimumIterations))
    {
        dir.writeDemo(sites, 0, QDate(2025, 3, 31));
        core::Database cache = core::Cache::openReader(dir.path());
        core::SiteCatalogue catalogue(cache);
        for (const core::Site& s : catalogue.sites()) {
            // Paying museums first: they sell the full, reduced and free tickets.
            if (!catalogue.products(s.id).isEmpty() && catalogue.products(s.id).first().price > core::Money()) {
                sites_.append(s);
                productsBySite.append(catalogue.products(s.id));
            }
        }
        site = sites_.first();
        if (setup) {
            setup(site);
        }
        products = productsBySite.first();
        device = std::make_unique<Device>(core::Ledger::pathIn(dir.path(), training), site, products, keyring, channel,
                                          training, now);
        keyring.add(device->shortId, device->publicKey);
        office().setSupervisorCheck(supervisorCheck());
    }

    core::TicketOffice& office() { return *device->office; }
    core::Ledger& ledger() { return *device->ledger; }
    core::TicketOffice::SupervisorCheck supervisorCheck() const
    {
        return [hash = m_pinHash](const QString& supervisor, const QString& pin) {
            return !supervisor.trimmed().isEmpty() && hash.verify(pin.toUtf8());
        };
    }

    // The index of the product with that code, -1 when the site does not sell it.
    int productIndex(const QString& code) const
    {
        for (int i = 0; i < products.size(); ++i) {
            if (products.at(i).code == code) {
                return i;
            }
        }
        return -1;
    }

    // A cart of `quantity` of the n-th product, checked, paid as asked (in `slot`, if given).
    core::SaleReceipt sell(int product, int quantity, core::PaymentMethod method = core::PaymentMethod::Cash,
                           int slot = -1)
    {
        core::Cart cart;
        cart.add(products.at(product), quantity);
        cart.setIdChecked(0, true);
        cart.setSlot(slot);
        const core::Money total = cart.total();
        QList<core::Payment> payments;
        if (!total.isZero()) {
            payments.append({ method, total, method == core::PaymentMethod::Cash ? total : core::Money() });
        }
        return office().sell(cart, payments, now);
    }

    testsupport::TestDataDir dir;
    QList<core::Site> sites_;
    QList<QList<core::TicketProduct>> productsBySite;
    core::Site site;
    QList<core::TicketProduct> products;
    cruscotto::sync::Ed25519Keyring keyring;
    std::int64_t now = saleDayAt(10);
    std::unique_ptr<Device> device;
    widgets::TicketPrinter printer = widgets::TicketPrinter::pdfFolder(dir.file(QStringLiteral("prints")));

private:
    cruscotto::sync::PasswordHash m_pinHash;
};

// What pdftotext reads from a PDF (empty when the tool is missing).
inline QString pdfText(const QString& file)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), file, QStringLiteral("-") });
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline int pdfPages(const QString& file)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), { file });
    process.waitForFinished(30000);
    for (const QString& line : QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:"))) {
            return line.mid(6).trimmed().toInt();
        }
    }
    return -1;
}

} // namespace officetest
