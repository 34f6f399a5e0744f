#include "core/demogenerator.h"

#include "core/cacherollups.h"
#include "core/cacheschema.h"
#include "core/database.h"
#include "core/demorandom.h"
#include "core/italianholidays.h"
#include "core/rometime.h"
#include "core/site.h"
#include "core/ticketproduct.h"
#include "core/transactionmonitor.h"
#include "core/zonedayaccumulator.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <stdexcept>
#include <vector>

namespace core {

namespace {

// ------------------------------------------------------------------ the plan

struct RegionSpec
{
    const char* code;
    const char* name;
    std::array<const char*, 12> towns;
};

// The regions of the PN Cultura action (the less developed regions and Sicily).
const RegionSpec kRegions[] = {
    { "BAS",
      "Basilicata",
      { "Matera", "Potenza", "Policoro", "Metaponto", "Melfi", "Venosa", "Grumento Nova", "Maratea", "Lavello",
        "Tricarico", "Irsina", "Muro Lucano" } },
    { "CAL",
      "Calabria",
      { "Reggio Calabria", "Cosenza", "Catanzaro", "Crotone", "Vibo Valentia", "Locri", "Sibari", "Gerace", "Scalea",
        "Tropea", "Rossano", "Palmi" } },
    { "CAM",
      "Campania",
      { "Paestum", "Velia", "Benevento", "Avellino", "Caserta", "Salerno", "Sessa Aurunca", "Teano", "Eboli", "Padula",
        "Nola", "Cuma" } },
    { "MOL",
      "Molise",
      { "Campobasso", "Isernia", "Sepino", "Venafro", "Larino", "Termoli", "Agnone", "Bojano", "Pietrabbondante",
        "Trivento", "Frosolone", "Guglionesi" } },
    { "PUG",
      "Puglia",
      { "Taranto", "Bari", "Lecce", "Brindisi", "Foggia", "Altamura", "Egnazia", "Canosa", "Manfredonia", "Otranto",
        "Gioia del Colle", "Lucera" } },
    { "SAR",
      "Sardegna",
      { "Cagliari", "Sassari", "Nuoro", "Oristano", "Barumini", "Nora", "Porto Torres", "Olbia", "Alghero", "Tharros",
        "Iglesias", "Lanusei" } },
    { "SIC",
      "Sicilia",
      { "Siracusa", "Agrigento", "Selinunte", "Segesta", "Gela", "Camarina", "Morgantina", "Lipari", "Himera",
        "Solunto", "Tindari", "Marsala" } },
};

struct ZonePlan
{
    QString code;
    QString name;
    int capacity = 0;
    bool indoor = true;
    double visitShare = 0.0; // fraction of the site's visitors who enter the zone
    double dwellHours = 0.5;
    double lux = 150.0; // lighting while open
};

struct SitePlan
{
    QString code;
    QString name;
    SiteType type = SiteType::Museum;
    int region = 0;
    int capacity = 0;
    int openHour = 9;
    int closeHour = 19;
    int closingWeekday = 1;
    double annualVisitors = 0;
    int fullPriceCents = 0; // 0: free admission
    bool hasKiosk = false;
    std::vector<ZonePlan> zones;
};

struct DefaultSite
{
    const char* code;
    const char* name;
    SiteType type;
};

// The default demo: twelve real places of Basilicata, of every kind.
const DefaultSite kDefaultSites[] = {
    { "BAS-MUS-01", "Museo Archeologico Nazionale \"Domenico Ridola\" - Matera", SiteType::Museum },
    { "BAS-MUS-02", "Museo Nazionale di Matera - Palazzo Lanfranchi", SiteType::Museum },
    { "BAS-MUS-03", "Museo Archeologico Nazionale della Siritide - Policoro", SiteType::Museum },
    { "BAS-MUS-04", "Museo Archeologico Nazionale di Metaponto", SiteType::Museum },
    { "BAS-MUS-05", "Museo Archeologico Nazionale del Melfese - Melfi", SiteType::Museum },
    { "BAS-ARC-01", "Parco Archeologico di Metaponto - Tavole Palatine", SiteType::ArchaeologicalArea },
    { "BAS-ARC-02", "Parco Archeologico di Grumentum - Grumento Nova", SiteType::ArchaeologicalArea },
    { "BAS-ARC-03", "Area Archeologica di Venosa", SiteType::ArchaeologicalArea },
    { "BAS-MON-01", "Castello di Lagopesole", SiteType::Monument },
    { "BAS-MON-02", "Abbazia della Santissima Trinita - Venosa", SiteType::Monument },
    { "BAS-BIB-01", "Biblioteca Nazionale di Potenza", SiteType::Library },
    { "BAS-ARS-01", "Archivio di Stato di Matera", SiteType::Archive },
};

const char* typeTag(SiteType type)
{
    switch (type) {
    case SiteType::Museum:
        return "MUS";
    case SiteType::ArchaeologicalArea:
        return "ARC";
    case SiteType::Monument:
        return "MON";
    case SiteType::Library:
        return "BIB";
    case SiteType::Archive:
        return "ARS";
    }
    return "SIT";
}

std::vector<ZonePlan> planZones(SiteType type, int siteCapacity, DemoRandom& rng)
{
    struct Z
    {
        const char* code;
        const char* name;
        bool indoor;
        double share;
        double dwell;
        double lux;
    };
    std::vector<Z> pool;
    switch (type) {
    case SiteType::Museum:
        pool = { { "SALA1", "Sala I - Preistoria e protostoria", true, 0.95, 0.35, 150 },
                 { "SALA2", "Sala II - Eta greca", true, 0.85, 0.45, 150 },
                 { "SALA3", "Sala III - Eta romana", true, 0.7, 0.35, 150 },
                 { "LAPID", "Lapidario", true, 0.45, 0.25, 200 },
                 { "DEPOS", "Deposito visitabile", true, 0.2, 0.3, 50 } };
        break;
    case SiteType::ArchaeologicalArea:
        pool = { { "ANTIQ", "Antiquarium", true, 0.6, 0.4, 150 },
                 { "TEMPL", "Area del santuario", false, 0.9, 0.6, 0 },
                 { "TEATR", "Teatro", false, 0.7, 0.4, 0 },
                 { "DOMUS", "Domus coperta", true, 0.5, 0.3, 100 } };
        break;
    case SiteType::Monument:
        pool = { { "CORTI", "Cortile", false, 0.95, 0.3, 0 },
                 { "SALEN", "Sale nobili", true, 0.8, 0.5, 150 },
                 { "TORRE", "Torre", true, 0.5, 0.25, 120 } };
        break;
    case SiteType::Library:
        pool = { { "LETTU", "Sala di lettura", true, 0.9, 2.0, 400 },
                 { "MANOS", "Sala manoscritti e rari", true, 0.15, 1.0, 50 } };
        break;
    case SiteType::Archive:
        pool = { { "STUDI", "Sala studio", true, 0.95, 2.5, 350 },
                 { "DEPOT", "Deposito documenti", true, 0.0, 0.0, 50 } };
        break;
    }
    const int count = std::min<int>(static_cast<int>(pool.size()), rng.integer(2, 4));
    std::vector<ZonePlan> zones;
    for (int i = 0; i < count; ++i) {
        const Z& z = pool[static_cast<size_t>(i)];
        ZonePlan plan;
        plan.code = QString::fromLatin1(z.code);
        plan.name = QString::fromLatin1(z.name);
        plan.indoor = z.indoor;
        plan.visitShare = z.share;
        plan.dwellHours = z.dwell;
        plan.lux = z.lux;
        // Rooms hold a fraction of the site; storage rooms hold a handful of staff.
        plan.capacity
            = z.share > 0 ? std::max(10, static_cast<int>(siteCapacity * z.share * rng.uniform(0.25, 0.4))) : 5;
        zones.push_back(plan);
    }
    return zones;
}

SitePlan planSite(SiteType type, int region, const QString& code, const QString& name, DemoRandom& rng)
{
    SitePlan s;
    s.type = type;
    s.region = region;
    s.code = code;
    s.name = name;
    switch (type) {
    case SiteType::Museum:
        s.openHour = 9;
        s.closeHour = 19;
        s.closingWeekday = rng.chance(0.8) ? 1 : 2;
        s.capacity = rng.integer(12, 40) * 10;
        s.annualVisitors = rng.uniform(6000, 45000);
        s.fullPriceCents = rng.integer(5, 10) * 100;
        break;
    case SiteType::ArchaeologicalArea:
        s.openHour = 9;
        s.closeHour = 19;
        s.closingWeekday = rng.chance(0.5) ? 0 : 2;
        s.capacity = rng.integer(40, 200) * 10;
        s.annualVisitors = rng.uniform(8000, 49000);
        s.fullPriceCents = rng.integer(6, 12) * 100;
        break;
    case SiteType::Monument:
        s.openHour = 9;
        s.closeHour = 18;
        s.closingWeekday = 1;
        s.capacity = rng.integer(8, 30) * 10;
        s.annualVisitors = rng.uniform(4000, 25000);
        s.fullPriceCents = rng.integer(4, 8) * 100;
        break;
    case SiteType::Library:
        s.openHour = 8;
        s.closeHour = 19;
        s.closingWeekday = 7;
        s.capacity = rng.integer(6, 20) * 10;
        s.annualVisitors = rng.uniform(5000, 20000);
        s.fullPriceCents = 0;
        break;
    case SiteType::Archive:
        s.openHour = 8;
        s.closeHour = 17;
        s.closingWeekday = 7;
        s.capacity = rng.integer(3, 8) * 10;
        s.annualVisitors = rng.uniform(1500, 6000);
        s.fullPriceCents = 0;
        break;
    }
    s.hasKiosk = s.fullPriceCents > 0 && s.annualVisitors > 20000;
    s.zones = planZones(type, s.capacity, rng);
    return s;
}

std::vector<SitePlan> planSites(const DemoGenerator::Options& options)
{
    DemoRandom rng(DemoRandom::derive(options.seed, 0));
    std::vector<SitePlan> plans;
    const int defaults = static_cast<int>(std::size(kDefaultSites));
    for (int i = 0; i < options.sites; ++i) {
        if (i < defaults) {
            const DefaultSite& d = kDefaultSites[i];
            plans.push_back(planSite(d.type, 0, QString::fromLatin1(d.code), QString::fromUtf8(d.name), rng));
            continue;
        }
        // Beyond the twelve: round the action's regions, in the platform's mix of kinds
        // (about 200 museums, areas and monuments, 14 libraries, 39 archives in 250).
        const int region = 1 + (i - defaults) % static_cast<int>(std::size(kRegions) - 1);
        const double pick = rng.uniform();
        const SiteType type = pick < 0.40 ? SiteType::Museum
            : pick < 0.64                 ? SiteType::ArchaeologicalArea
            : pick < 0.79                 ? SiteType::Monument
            : pick < 0.845                ? SiteType::Library
                                          : SiteType::Archive;
        const int serial = i + 1;
        const RegionSpec& r = kRegions[region];
        const QString town = QString::fromUtf8(r.towns[static_cast<size_t>(rng.integer(0, 11))]);
        QString name;
        switch (type) {
        case SiteType::Museum:
            name = (rng.chance(0.6) ? QStringLiteral("Museo Archeologico Nazionale di %1")
                                    : QStringLiteral("Museo Civico e Pinacoteca di %1"))
                       .arg(town);
            break;
        case SiteType::ArchaeologicalArea:
            name = QStringLiteral("Area Archeologica di %1").arg(town);
            break;
        case SiteType::Monument:
            name = (rng.chance(0.5) ? QStringLiteral("Castello di %1") : QStringLiteral("Complesso monumentale di %1"))
                       .arg(town);
            break;
        case SiteType::Library:
            name = QStringLiteral("Biblioteca Statale di %1").arg(town);
            break;
        case SiteType::Archive:
            name = QStringLiteral("Archivio di Stato di %1").arg(town);
            break;
        }
        name += QStringLiteral(" (%1)").arg(serial);
        const QString code = QStringLiteral("%1-%2-%3")
                                 .arg(QLatin1String(r.code), QLatin1String(typeTag(type)))
                                 .arg(serial, 3, 10, QLatin1Char('0'));
        plans.push_back(planSite(type, region, code, name, rng));
    }
    return plans;
}

// ------------------------------------------------------------------ the shape of a year

// Month factors (Jan..Dec): museums peak with spring school trips; archaeological
// sites with August; libraries and archives are quiet in August.
double seasonFactor(SiteType type, int month)
{
    static constexpr double museum[12] = { 0.55, 0.7, 1.05, 1.35, 1.35, 0.95, 0.95, 1.1, 1.0, 1.05, 0.75, 0.8 };
    static constexpr double archaeological[12] = { 0.35, 0.45, 0.85, 1.25, 1.3, 1.15, 1.4, 2.0, 1.25, 0.95, 0.5, 0.5 };
    static constexpr double monument[12] = { 0.5, 0.6, 0.9, 1.2, 1.25, 1.1, 1.25, 1.6, 1.15, 0.95, 0.6, 0.8 };
    static constexpr double study[12] = { 1.0, 1.1, 1.15, 1.05, 1.1, 1.0, 0.85, 0.4, 1.0, 1.15, 1.15, 0.85 };
    const int m = month - 1;
    switch (type) {
    case SiteType::Museum:
        return museum[m];
    case SiteType::ArchaeologicalArea:
        return archaeological[m];
    case SiteType::Monument:
        return monument[m];
    case SiteType::Library:
    case SiteType::Archive:
        return study[m];
    }
    return 1.0;
}

double weekdayFactor(SiteType type, int dayOfWeek)
{
    static constexpr double leisure[8] = { 0, 0.75, 0.8, 0.85, 0.9, 1.0, 1.4, 1.6 };
    static constexpr double study[8] = { 0, 1.1, 1.1, 1.05, 1.05, 0.95, 0.55, 0.3 };
    return (type == SiteType::Library || type == SiteType::Archive) ? study[dayOfWeek] : leisure[dayOfWeek];
}

// Share of the day's visitors entering in each local hour, before normalisation:
// a late-morning peak and a smaller mid-afternoon one.
double hourWeight(int hour)
{
    const double morning = std::exp(-0.5 * std::pow((hour - 11.0) / 1.4, 2));
    const double afternoon = 0.75 * std::exp(-0.5 * std::pow((hour - 16.0) / 1.6, 2));
    return 0.05 + morning + afternoon;
}

bool isSchoolSeason(const QDate& d)
{
    const int m = d.month();
    return (m >= 2 && m <= 5) || m == 10 || m == 11;
}

// ------------------------------------------------------------------ products

enum ProductSlot
{
    Full,
    Reduced,
    FreeUnder18,
    FreeSunday,
    FreeDisabled,
    FreeTeacher,
    FreeSchool,
    FreeAccess,
    SlotCount
};

struct ProductRow
{
    ProductSlot slot;
    const char* code;
    const char* name;
    TicketCategory category;
    FreeReason reason;
};

const ProductRow kPaidProducts[] = {
    { Full, "INT", "Biglietto intero", TicketCategory::Full, FreeReason::None },
    { Reduced, "RID", "Biglietto ridotto 18-25 anni", TicketCategory::Reduced, FreeReason::None },
    { FreeUnder18, "GRU18", "Gratuito under 18", TicketCategory::Free, FreeReason::Under18 },
    { FreeSunday, "GRDOM", "Domenica al museo", TicketCategory::Free, FreeReason::FirstSunday },
    { FreeDisabled, "GRDIS", "Gratuito disabile e accompagnatore", TicketCategory::Free, FreeReason::Disabled },
    { FreeTeacher, "GRDOC", "Gratuito docenti", TicketCategory::Free, FreeReason::Teacher },
    { FreeSchool, "GRSCU", "Gratuito gruppi scolastici", TicketCategory::Free, FreeReason::School },
};
const ProductRow kFreeSiteProducts[] = {
    { FreeAccess, "ACCESSO", "Ingresso libero (prenotazione)", TicketCategory::Free, FreeReason::FreeAdmission },
};

// ------------------------------------------------------------------ writer

struct Key
{
    int channel;
    ProductSlot slot;
    bool operator<(const Key& o) const { return channel != o.channel ? channel < o.channel : slot < o.slot; }
};

struct Cell
{
    std::int64_t tickets = 0;
    std::int64_t visitors = 0;
};

struct Anomaly
{
    QString kind;
    QDate day;
    int days = 1;
    int hour = 0;
    int amount = 0;
};

class SiteWriter
{
public:
    SiteWriter(Database& db, const DemoGenerator::Options& options, QDate first, QDate last)
        : m_db(db)
        , m_options(options)
        , m_first(first)
        , m_last(last)
        , m_sales(db.prepare("INSERT INTO sales_hourly (site_id, hour_utc, channel_id, product_id, day, tickets, "
                             "visitors, revenue_cents) VALUES (?,?,?,?,?,?,?,?)"))
        , m_profile(db.prepare(
              "INSERT INTO visitor_profile_daily (site_id, day, dimension, bucket, visitors) VALUES (?,?,?,?,?)"))
        , m_sensor(db.prepare("INSERT INTO zone_sensor_hourly (zone_id, hour_utc, day, people_in, people_out, "
                              "occupancy_avg, occupancy_max, temperature_c, temperature_min, temperature_max, "
                              "humidity_pct, humidity_min, humidity_max, lux, co2_ppm) "
                              "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"))
        , m_zoneDay(prepareZoneDayInsert(db))
        , m_microcell(db.prepare(
              "INSERT INTO microcell_hourly (site_id, hour_utc, day, devices_avg, devices_max) VALUES (?,?,?,?,?)"))
        , m_alert(db.prepare("INSERT INTO alerts (site_id, zone_id, raised_utc, kind, severity, title, detail) "
                             "VALUES (?,?,?,?,?,?,?)"))
        , m_anomaly(
              db.prepare("INSERT INTO demo_anomalies (site_id, kind, from_utc, to_utc, detail) VALUES (?,?,?,?,?)"))
    { }

    void write(const SitePlan& plan, std::int64_t siteId, const std::vector<std::int64_t>& zoneIds,
               const std::array<std::int64_t, SlotCount>& productIds, const OpeningCalendar& calendar,
               std::uint64_t seed, DemoGenerator::Summary& summary);

private:
    double expectedVisitors(const SitePlan& plan, const QDate& d, double base) const;
    std::vector<Anomaly> planAnomalies(const SitePlan& plan, const OpeningCalendar& calendar, DemoRandom& rng) const;
    void writeProfile(std::int64_t siteId, std::int64_t day, const char* dimension,
                      const std::vector<std::pair<const char*, double>>& shares, std::int64_t total,
                      DemoGenerator::Summary& summary);
    void writeSensors(const SitePlan& plan, const std::vector<std::int64_t>& zoneIds,
                      const std::vector<std::array<int, 24>>& entriesByDay, DemoRandom& rng, std::int64_t siteId,
                      DemoGenerator::Summary& summary);

    Database& m_db;
    const DemoGenerator::Options& m_options;
    QDate m_first;
    QDate m_last;
    Statement m_sales;
    Statement m_profile;
    Statement m_sensor;
    Statement m_zoneDay;
    Statement m_microcell;
    Statement m_alert;
    Statement m_anomaly;
};

double SiteWriter::expectedVisitors(const SitePlan& plan, const QDate& d, double base) const
{
    double v = base * seasonFactor(plan.type, d.month()) * weekdayFactor(plan.type, d.dayOfWeek());
    // Recovery and growth: about 4% a year over the period.
    v *= 1.0 + 0.04 * (d.year() - m_first.year());
    if (plan.fullPriceCents > 0) {
        if (ItalianHolidays::isFirstSundayOfMonth(d)) {
            v *= 2.3;
        } else if (ItalianHolidays::isHoliday(d)) {
            v *= 1.6;
        }
        // The August bank-holiday week fills archaeological sites.
        if (d.month() == 8 && d.day() >= 10 && d.day() <= 20 && plan.type == SiteType::ArchaeologicalArea) {
            v *= 1.3;
        }
    }
    return v;
}

std::vector<Anomaly> SiteWriter::planAnomalies(const SitePlan& plan, const OpeningCalendar& calendar,
                                               DemoRandom& rng) const
{
    std::vector<Anomaly> list;
    if (plan.fullPriceCents == 0) {
        return list;
    }
    const std::int64_t span = m_last.toJulianDay() - m_first.toJulianDay();
    auto randomDay = [&](bool wantOpen) {
        for (int tries = 0; tries < 400; ++tries) {
            const QDate d = m_first.addDays(static_cast<qint64>(rng.uniform() * static_cast<double>(span - 10)));
            // Open days with the regular hours only, so "after closing" means after closing.
            const bool regular = !wantOpen || calendar.hoursOn(d).second == plan.closeHour;
            if (calendar.isOpen(d) == wantOpen && regular && !ItalianHolidays::isFirstSundayOfMonth(d)) {
                return d;
            }
        }
        return QDate();
    };
    const int years = std::max(1, m_options.years);
    for (int y = 0; y < years; ++y) {
        if (QDate d = randomDay(true); d.isValid()) {
            list.push_back({ QStringLiteral("off_hours_sale"), d, 1, std::min(23, plan.closeHour + rng.integer(1, 3)),
                             rng.integer(3, 8) });
        }
        if (plan.closingWeekday != 0) {
            if (QDate d = randomDay(false); d.isValid()) {
                list.push_back({ QStringLiteral("closed_day_sale"), d, 1, 11, rng.integer(5, 15) });
            }
        }
        if (QDate d = randomDay(true); d.isValid()) {
            list.push_back({ QStringLiteral("free_ticket_run"), d, 7, 0, 6 });
        }
        if (QDate d = randomDay(true); d.isValid()) {
            list.push_back(
                { QStringLiteral("channel_outage"), d, rng.integer(2, 5), 0,
                  plan.hasKiosk ? static_cast<int>(SalesChannel::Kiosk) : static_cast<int>(SalesChannel::Online) });
        }
        if (QDate d = randomDay(true); d.isValid()) {
            list.push_back({ QStringLiteral("b2b_bulk"), d, 1, 10, rng.integer(150, 400) });
        }
    }
    std::sort(list.begin(), list.end(), [](const Anomaly& a, const Anomaly& b) { return a.day < b.day; });
    return list;
}

void SiteWriter::writeProfile(std::int64_t siteId, std::int64_t day, const char* dimension,
                              const std::vector<std::pair<const char*, double>>& shares, std::int64_t total,
                              DemoGenerator::Summary& summary)
{
    // Largest-remainder rounding: the cells add up to the day's visitors exactly.
    double sum = 0;
    for (const auto& s : shares) {
        sum += s.second;
    }
    std::vector<std::int64_t> counts(shares.size());
    std::vector<std::pair<double, size_t>> remainders;
    std::int64_t given = 0;
    for (size_t i = 0; i < shares.size(); ++i) {
        const double exact = sum > 0 ? total * shares[i].second / sum : 0;
        counts[i] = static_cast<std::int64_t>(exact);
        given += counts[i];
        remainders.push_back({ exact - static_cast<double>(counts[i]), i });
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (size_t k = 0; given < total && k < remainders.size(); ++k, ++given) {
        ++counts[remainders[k].second];
    }
    // Buckets are written in key order (the shares lists are sorted by bucket name).
    for (size_t i = 0; i < shares.size(); ++i) {
        if (counts[i] == 0) {
            continue;
        }
        m_profile.bind(1, siteId).bind(2, day).bind(3, QString::fromLatin1(dimension));
        m_profile.bind(4, QString::fromLatin1(shares[i].first)).bind(5, counts[i]);
        m_profile.exec();
        ++summary.profileRows;
    }
}

void SiteWriter::write(const SitePlan& plan, std::int64_t siteId, const std::vector<std::int64_t>& zoneIds,
                       const std::array<std::int64_t, SlotCount>& productIds, const OpeningCalendar& calendar,
                       std::uint64_t seed, DemoGenerator::Summary& summary)
{
    DemoRandom rng(seed);
    const bool paid = plan.fullPriceCents > 0;
    std::array<std::int64_t, SlotCount> price{};
    price[Full] = plan.fullPriceCents;
    price[Reduced] = 200; // the state museums' reduced ticket for EU citizens aged 18-25

    // Scale so a typical (first) year adds up to the site's annual visitors.
    double typicalYear = 0;
    for (QDate d(m_first.year(), 1, 1); d.year() == m_first.year(); d = d.addDays(1)) {
        if (calendar.isOpen(d)) {
            typicalYear += expectedVisitors(plan, d, 1.0);
        }
    }
    const double base = typicalYear > 0 ? plan.annualVisitors / typicalYear : 0;

    const std::vector<Anomaly> anomalies = planAnomalies(plan, calendar, rng);
    for (const Anomaly& a : anomalies) {
        const std::int64_t from = RomeTime::startOfDay(a.day);
        const std::int64_t to = RomeTime::startOfDay(a.day.addDays(a.days));
        QString detail;
        if (a.kind == QLatin1String("off_hours_sale")) {
            detail = QStringLiteral("%1 counter tickets sold at %2:00, after closing").arg(a.amount).arg(a.hour);
        } else if (a.kind == QLatin1String("closed_day_sale")) {
            detail = QStringLiteral("%1 counter tickets sold on a closing day").arg(a.amount);
        } else if (a.kind == QLatin1String("free_ticket_run")) {
            detail = QStringLiteral("free disabled-visitor tickets at %1x the usual share for %2 days")
                         .arg(a.amount)
                         .arg(a.days);
        } else if (a.kind == QLatin1String("channel_outage")) {
            detail = QStringLiteral("no %1 sales for %2 days")
                         .arg(channelCode(static_cast<SalesChannel>(a.amount)))
                         .arg(a.days);
        } else {
            detail = QStringLiteral("one agency bought %1 tickets in one booking").arg(a.amount);
        }
        m_anomaly.bind(1, siteId).bind(2, a.kind).bind(3, from).bind(4, to).bind(5, detail);
        m_anomaly.exec();
        ++summary.anomalies;
    }

    std::vector<std::array<int, 24>> entriesByDay;
    entriesByDay.reserve(static_cast<size_t>(m_last.toJulianDay() - m_first.toJulianDay() + 1));
    std::map<Key, Cell> hourCells;
    size_t nextAnomaly = 0;

    for (QDate d = m_first; d <= m_last; d = d.addDays(1)) {
        std::array<int, 24> entries{};
        const std::int64_t day = d.toJulianDay();
        const auto [openHour, closeHour] = calendar.hoursOn(d);
        const bool open = closeHour > openHour;
        const bool firstSunday = paid && ItalianHolidays::isFirstSundayOfMonth(d);
        const int yearIndex = d.year() - m_first.year();

        // Anomalies in force today.
        const Anomaly* offHours = nullptr;
        const Anomaly* closedSale = nullptr;
        const Anomaly* bulk = nullptr;
        double disabledBoost = 1.0;
        int outageChannel = 0;
        while (nextAnomaly < anomalies.size() && anomalies[nextAnomaly].day.addDays(anomalies[nextAnomaly].days) <= d) {
            ++nextAnomaly;
        }
        for (size_t i = nextAnomaly; i < anomalies.size() && anomalies[i].day <= d; ++i) {
            const Anomaly& a = anomalies[i];
            if (d >= a.day.addDays(a.days)) {
                continue;
            }
            if (a.kind == QLatin1String("off_hours_sale")) {
                offHours = &a;
            } else if (a.kind == QLatin1String("closed_day_sale")) {
                closedSale = &a;
            } else if (a.kind == QLatin1String("free_ticket_run")) {
                disabledBoost = a.amount;
            } else if (a.kind == QLatin1String("channel_outage")) {
                outageChannel = a.amount;
            } else if (a.kind == QLatin1String("b2b_bulk")) {
                bulk = &a;
            }
        }

        // The day's expected visitors, with day-to-day noise (weather, events).
        const double dayNoise = std::exp(rng.normal(0.0, 0.2));
        const double expected = open ? expectedVisitors(plan, d, base) * dayNoise : 0.0;
        double weightSum = 0;
        for (int h = openHour; h < closeHour; ++h) {
            weightSum += hourWeight(h);
        }

        // Channel mix for individual visitors: online grows a few points a year.
        double online = paid ? std::min(0.12 + 0.06 * yearIndex, 0.42) : std::min(0.2 + 0.05 * yearIndex, 0.4);
        double kiosk = plan.hasKiosk ? std::min(0.05 + 0.02 * yearIndex, 0.12) : 0.0;
        if (outageChannel == static_cast<int>(SalesChannel::Online)) {
            online = 0;
        }
        if (outageChannel == static_cast<int>(SalesChannel::Kiosk)) {
            kiosk = 0;
        }
        const double counter = 1.0 - online - kiosk;

        // School and agency groups arrive on weekday mornings.
        int schoolVisitors = 0;
        int schoolHour = 0;
        if (paid && open && !firstSunday && d.dayOfWeek() <= 5 && isSchoolSeason(d)
            && rng.chance(std::min(0.9, plan.annualVisitors / 40000.0))) {
            schoolVisitors = rng.integer(18, 55);
            schoolHour = std::max(openHour, rng.integer(9, 11));
        }
        int agencyVisitors = 0;
        int agencyHour = 0;
        if (paid && open && !firstSunday && rng.chance(0.12 * seasonFactor(plan.type, d.month()))) {
            agencyVisitors = rng.integer(15, 45);
            agencyHour = rng.integer(std::max(openHour, 10), std::max(openHour, closeHour - 2));
        }

        std::int64_t dayVisitors = 0;
        std::int64_t dayUnder18 = 0;
        std::int64_t dayReduced = 0;
        for (int h = 0; h < 24; ++h) {
            const bool openHourNow = open && h >= openHour && h < closeHour;
            const bool offHoursNow = offHours && h == offHours->hour && open;
            const bool closedSaleNow = closedSale && !open && h == closedSale->hour;
            if (!openHourNow && !offHoursNow && !closedSaleNow) {
                continue;
            }
            hourCells.clear();
            auto add = [&](int channel, ProductSlot slot, int visitors, int tickets) {
                if (visitors <= 0 && tickets <= 0) {
                    return;
                }
                Cell& c = hourCells[{ channel, slot }];
                c.visitors += visitors;
                c.tickets += tickets;
            };
            if (openHourNow) {
                const double hourly = weightSum > 0 ? expected * hourWeight(h) / weightSum : 0;
                if (!paid) {
                    const int v = rng.poisson(hourly);
                    const int viaOnline = rng.poisson(v * online);
                    add(1, FreeAccess, v - std::min(v, viaOnline), v - std::min(v, viaOnline));
                    add(2, FreeAccess, std::min(v, viaOnline), std::min(v, viaOnline));
                } else if (firstSunday) {
                    add(1, FreeSunday, rng.poisson(hourly * 0.75), 0);
                    add(2, FreeSunday, rng.poisson(hourly * 0.25), 0);
                } else {
                    // Individual visitors by category, then by channel.
                    const double mix[SlotCount] = { 0.50, 0.12, 0.25, 0.0, 0.05 * disabledBoost, 0.04, 0.0, 0.0 };
                    for (int channel = 1; channel <= 3; ++channel) {
                        const double channelShare = channel == 1 ? counter : channel == 2 ? online : kiosk;
                        if (channelShare <= 0) {
                            continue;
                        }
                        for (int slot = Full; slot <= FreeTeacher; ++slot) {
                            // Free tickets need a document check: counter only (under-18s also online).
                            if (channel != 1 && slot >= FreeDisabled) {
                                continue;
                            }
                            double share = mix[slot];
                            if (channel != 1 && slot == FreeUnder18) {
                                share *= 0.6;
                            }
                            const int v = rng.poisson(hourly * channelShare * share);
                            // Online tickets include a few no-shows: sold, paid, not used.
                            const int noShows = channel == 2 && v > 0 ? rng.poisson(v * 0.04) : 0;
                            add(channel, static_cast<ProductSlot>(slot), v, v + noShows);
                        }
                    }
                    if (h == schoolHour && schoolVisitors > 0) {
                        add(4, FreeSchool, schoolVisitors, schoolVisitors);
                        add(4, FreeTeacher, 2 + schoolVisitors / 15, 2 + schoolVisitors / 15);
                    }
                    if (h == agencyHour && agencyVisitors > 0) {
                        add(4, Full, agencyVisitors, agencyVisitors);
                    }
                    if (bulk && h == bulk->hour) {
                        // Bought for resale: tickets sold, few visitors come that day.
                        add(4, Full, bulk->amount / 10, bulk->amount);
                    }
                }
            }
            if (offHoursNow) {
                add(1, Full, offHours->amount, offHours->amount);
            }
            if (closedSaleNow) {
                add(1, Full, closedSale->amount, closedSale->amount);
            }
            // Tickets of the free categories were recorded as visitors only above.
            const std::int64_t hourUtc = RomeTime::utcOf(d, h);
            for (auto& [key, cell] : hourCells) {
                if (key.slot >= FreeUnder18 && cell.tickets == 0) {
                    cell.tickets = cell.visitors;
                }
                if (cell.tickets == 0 && cell.visitors == 0) {
                    continue;
                }
                const std::int64_t revenue = cell.tickets * price[key.slot];
                m_sales.bind(1, siteId).bind(2, hourUtc).bind(3, key.channel).bind(4, productIds[key.slot]);
                m_sales.bind(5, day).bind(6, cell.tickets).bind(7, cell.visitors).bind(8, revenue);
                m_sales.exec();
                ++summary.salesRows;
                entries[static_cast<size_t>(h)] += static_cast<int>(cell.visitors);
                dayVisitors += cell.visitors;
                if (key.slot == FreeUnder18 || key.slot == FreeSchool) {
                    dayUnder18 += cell.visitors;
                }
                if (key.slot == Reduced) {
                    dayReduced += cell.visitors;
                }
            }
        }

        if (dayVisitors > 0) {
            // Visitor profile: aggregates only, never a person.
            const double adults = static_cast<double>(std::max<std::int64_t>(0, dayVisitors - dayUnder18 - dayReduced));
            writeProfile(siteId, day, "age_band",
                         { { "0-17", static_cast<double>(dayUnder18) + (paid ? 0 : dayVisitors * 0.05) },
                           { "18-25", static_cast<double>(dayReduced) + adults * (paid ? 0.06 : 0.35) },
                           { "26-39", adults * (paid ? 0.28 : 0.3) * rng.uniform(0.9, 1.1) },
                           { "40-64", adults * 0.42 * rng.uniform(0.9, 1.1) },
                           { "65+", adults * 0.22 * rng.uniform(0.85, 1.15) } },
                         dayVisitors, summary);
            const bool summer = d.month() >= 6 && d.month() <= 9;
            const double foreign = plan.type == SiteType::ArchaeologicalArea && summer ? 1.8 : 1.0;
            writeProfile(
                siteId, day, "group_type",
                { { "family", (dayVisitors - schoolVisitors - agencyVisitors) * (d.dayOfWeek() >= 6 ? 0.35 : 0.15) },
                  { "individual",
                    (dayVisitors - schoolVisitors - agencyVisitors) * (d.dayOfWeek() >= 6 ? 0.65 : 0.85) },
                  { "organised_tour", static_cast<double>(agencyVisitors) },
                  { "school", static_cast<double>(schoolVisitors) } },
                dayVisitors, summary);
            const QByteArray own = QByteArray("IT:") + kRegions[plan.region].code;
            writeProfile(siteId, day, "origin",
                         { { "EU", 0.12 * foreign * rng.uniform(0.7, 1.3) },
                           { own.constData(), 0.42 * rng.uniform(0.9, 1.1) },
                           { "IT:other", 0.36 * rng.uniform(0.9, 1.1) },
                           { "non-EU", 0.07 * foreign * rng.uniform(0.6, 1.4) } },
                         dayVisitors, summary);
        }
        entriesByDay.push_back(entries);
    }
    writeSensors(plan, zoneIds, entriesByDay, rng, siteId, summary);
    // The dashboards' sales rollups, from the rows just written (same transaction);
    // the zones' daily rows were folded in as their hours were written.
    CacheRollups::refreshSite(m_db, siteId);
    for (const auto zoneId : zoneIds) {
        CacheRollups::refreshZoneMonths(m_db, zoneId);
    }
}

void SiteWriter::writeSensors(const SitePlan& plan, const std::vector<std::int64_t>& zoneIds,
                              const std::vector<std::array<int, 24>>& entriesByDay, DemoRandom& rng,
                              std::int64_t siteId, DemoGenerator::Summary& summary)
{
    const std::int64_t firstDay = m_first.toJulianDay();
    // Microcells: devices in the site's area while it is open (phones of visitors and staff).
    {
        for (QDate d = m_first; d <= m_last; d = d.addDays(1)) {
            const auto& entries = entriesByDay[static_cast<size_t>(d.toJulianDay() - firstDay)];
            if (std::all_of(entries.begin(), entries.end(), [](int e) { return e == 0; })) {
                continue; // closed: nobody about
            }
            const auto [openHour, closeHour] = std::pair{ plan.openHour, plan.closeHour };
            double present = 0;
            for (int h = openHour; h < closeHour; ++h) {
                present = present * 0.35 + entries[static_cast<size_t>(h)];
                const double staff = 4 + plan.capacity / 100.0;
                const double devices = std::max(0.0, present * 0.85 + staff + rng.normal(6, 2));
                m_microcell.bind(1, siteId).bind(2, RomeTime::utcOf(d, h)).bind(3, d.toJulianDay());
                m_microcell.bind(4, std::round(devices * 10) / 10)
                    .bind(5, static_cast<std::int64_t>(std::ceil(devices * rng.uniform(1.1, 1.5))));
                m_microcell.exec();
                ++summary.microcellRows;
            }
        }
    }

    for (size_t z = 0; z < plan.zones.size(); ++z) {
        const ZonePlan& zone = plan.zones[z];
        const std::int64_t zoneId = zoneIds[z];
        DemoRandom zr(DemoRandom::derive(rng.next(), z + 1));

        // Climate episodes: a failing air handler, a leak, a heat wave through a window.
        struct Episode
        {
            std::int64_t from;
            std::int64_t to;
            double dTemp;
            double dRh;
        };
        std::vector<Episode> episodes;
        if (zone.indoor) {
            for (int y = m_first.year(); y <= m_last.year(); ++y) {
                const int count = zr.integer(0, 2);
                for (int k = 0; k < count; ++k) {
                    const QDate d = QDate(y, 1, 1).addDays(zr.integer(0, 350));
                    if (d < m_first || d > m_last.addDays(-4)) {
                        continue;
                    }
                    const int hours = zr.integer(6, 72);
                    const std::int64_t from = RomeTime::utcOf(d, zr.integer(0, 23));
                    const int kind = zr.integer(0, 2);
                    const Episode e{ from, from + hours * 3600LL, kind == 1 ? 7.0 : 0.0,
                                     kind == 0 ? 20.0 : (kind == 2 ? -22.0 : -6.0) };
                    episodes.push_back(e);
                    const QString what = kind == 0 ? QStringLiteral("relative humidity above range")
                        : kind == 1                ? QStringLiteral("temperature above range")
                                                   : QStringLiteral("relative humidity below range");
                    m_anomaly.bind(1, siteId).bind(2, QStringLiteral("climate_episode")).bind(3, e.from).bind(4, e.to);
                    m_anomaly.bind(5, QStringLiteral("%1: %2 for %3 hours").arg(zone.code, what).arg(hours));
                    m_anomaly.exec();
                    ++summary.anomalies;
                    m_alert.bind(1, siteId).bind(2, zoneId).bind(3, e.from).bind(4, QStringLiteral("climate"));
                    m_alert.bind(5, hours >= 24 ? QStringLiteral("critical") : QStringLiteral("warning"));
                    m_alert.bind(6, QStringLiteral("%1: %2").arg(zone.name, what));
                    m_alert.bind(7, QStringLiteral("Lasted %1 hours from the reading that raised it.").arg(hours));
                    m_alert.exec();
                    ++summary.alerts;
                }
            }
            std::sort(episodes.begin(), episodes.end(),
                      [](const Episode& a, const Episode& b) { return a.from < b.from; });
        }

        double remaining = 0;
        std::int64_t lastCapacityAlertDay = -1;
        ZoneThresholds limits;
        limits.indoor = zone.indoor;
        ZoneDayAccumulator zoneDay(limits);
        for (QDate d = m_first; d <= m_last; d = d.addDays(1)) {
            const std::int64_t day = d.toJulianDay();
            const auto& entries = entriesByDay[static_cast<size_t>(day - firstDay)];
            const double yearPhase = (d.dayOfYear() - 200) / 365.25 * 6.283185307179586; // warmest mid-July
            const double outdoorMean = 17.5 + 9.5 * std::cos(yearPhase);
            for (const std::int64_t hourUtc : RomeTime::hourStarts(d)) {
                const int h = RomeTime::localHour(hourUtc);
                const int in = zone.visitShare > 0 ? zr.poisson(entries[static_cast<size_t>(h)] * zone.visitShare) : 0;
                // People stay about dwellHours: part of those present carry over to the next hour.
                const double carry = zone.dwellHours / (1.0 + zone.dwellHours);
                const double present = remaining + in;
                double next = present * carry;
                if (entries[static_cast<size_t>(h)] == 0 && (h + 1 >= 24 || entries[static_cast<size_t>(h + 1)] == 0)) {
                    next = 0; // closing: everyone leaves
                }
                next = std::floor(next);
                const int out = static_cast<int>(present - next);
                const double avg = std::round((remaining + next) * 5.0 + in * 2.5) / 10.0;
                const int peak = static_cast<int>(std::ceil(std::max(avg, remaining + in * 0.7)));
                remaining = next;

                double temp;
                double rh;
                double lux;
                if (zone.indoor) {
                    temp = 20.5 + 1.8 * std::cos(yearPhase) + 0.5 * std::sin((h - 10) / 24.0 * 6.283185307179586)
                        + avg * 0.01 + zr.normal(0, 0.12);
                    rh = 50.0 - 3.0 * std::cos(yearPhase) - 0.8 * std::sin((h - 10) / 24.0 * 6.283185307179586)
                        + zr.normal(0, 0.6);
                    lux = entries[static_cast<size_t>(h)] > 0 || avg > 0 ? zone.lux + zr.normal(0, 8) : 0.5;
                } else {
                    temp = outdoorMean + 5.0 * std::sin((h - 9) / 24.0 * 6.283185307179586) + zr.normal(0, 0.8);
                    rh = std::clamp(72.0 - (temp - 15.0) * 1.6 + zr.normal(0, 3.0), 20.0, 98.0);
                    const double daylight = std::sin((h - 6.0) / (13.0 + 2.0 * std::cos(yearPhase)) * 3.14159265);
                    lux = daylight > 0 ? 25000.0 * daylight * zr.uniform(0.6, 1.0) : 0.0;
                }
                for (const Episode& e : episodes) {
                    if (hourUtc >= e.from && hourUtc < e.to) {
                        temp += e.dTemp;
                        rh += e.dRh;
                    }
                }
                rh = std::clamp(rh, 5.0, 99.0);
                const double co2 = zone.indoor ? 420.0 + avg * (1500.0 / std::max(10, zone.capacity)) + zr.normal(0, 8)
                                               : 415.0 + zr.normal(0, 3);
                auto r1 = [](double v) { return std::round(v * 10.0) / 10.0; };
                m_sensor.bind(1, zoneId).bind(2, hourUtc).bind(3, day).bind(4, in).bind(5, out);
                m_sensor.bind(6, avg).bind(7, peak);
                const double tMin = r1(temp - zr.uniform(0.1, 0.3));
                const double tMax = r1(temp + zr.uniform(0.1, 0.3));
                const double rhMin = r1(rh - zr.uniform(0.3, 1.0));
                const double rhMax = r1(rh + zr.uniform(0.3, 1.0));
                m_sensor.bind(8, r1(temp)).bind(9, tMin).bind(10, tMax);
                m_sensor.bind(11, r1(rh)).bind(12, rhMin).bind(13, rhMax);
                m_sensor.bind(14, std::round(std::max(0.0, lux))).bind(15, std::round(co2));
                m_sensor.exec();
                ++summary.sensorRows;
                zoneDay.add(
                    { day, in, avg, peak, r1(temp), tMin, tMax, r1(rh), rhMin, rhMax, std::round(std::max(0.0, lux)) });

                if (peak > zone.capacity && lastCapacityAlertDay != day) {
                    lastCapacityAlertDay = day;
                    m_alert.bind(1, siteId).bind(2, zoneId).bind(3, hourUtc).bind(4, QStringLiteral("capacity"));
                    m_alert.bind(5,
                                 peak > zone.capacity * 1.2 ? QStringLiteral("critical") : QStringLiteral("warning"));
                    m_alert.bind(
                        6, QStringLiteral("%1: %2 people, capacity %3").arg(zone.name).arg(peak).arg(zone.capacity));
                    m_alert.bind(7, QStringLiteral("Peak occupancy in the hour went over the room's capacity."));
                    m_alert.exec();
                    ++summary.alerts;
                }
            }
            zoneDay.writeTo(m_zoneDay, zoneId);
        }
    }
}

OpeningCalendar calendarFor(const SitePlan& plan, QDate first, QDate last, DemoRandom& rng)
{
    OpeningCalendar calendar(plan.openHour, plan.closeHour, plan.closingWeekday);
    const bool studySite = plan.type == SiteType::Library || plan.type == SiteType::Archive;
    for (int y = first.year(); y <= last.year(); ++y) {
        for (const QDate& h : ItalianHolidays::holidays(y)) {
            const bool closedAnyway = (h.month() == 1 && h.day() == 1) || (h.month() == 12 && h.day() == 25);
            if (studySite || closedAnyway) {
                calendar.addException(h, { false, 0, 0, ItalianHolidays::holidayName(h) });
            } else if (plan.closingWeekday != 0 && h.dayOfWeek() == plan.closingWeekday) {
                // State museums open on Easter Monday and other holidays that fall on the closing day.
                calendar.addException(h, { true, plan.openHour, plan.closeHour, ItalianHolidays::holidayName(h) });
            }
        }
        // A few days closed for works or strikes, and summer evening openings.
        for (int k = 0, n = rng.integer(1, 3); k < n; ++k) {
            const QDate d = QDate(y, 1, 1).addDays(rng.integer(20, 340));
            if (d >= first && d <= last && !calendar.exceptions().contains(d)) {
                calendar.addException(d, { false, 0, 0, QStringLiteral("Chiuso per lavori") });
            }
        }
        if (!studySite) {
            for (int week = 0; week < 6; ++week) {
                const QDate friday = QDate(y, 7, 1).addDays(week * 7 + (5 - QDate(y, 7, 1).dayOfWeek() + 7) % 7);
                if (friday >= first && friday <= last && rng.chance(0.5) && !calendar.exceptions().contains(friday)
                    && friday.dayOfWeek() != plan.closingWeekday) {
                    calendar.addException(friday, { true, plan.openHour, 23, QStringLiteral("Apertura serale") });
                }
            }
        }
    }
    return calendar;
}

} // namespace

// ------------------------------------------------------------------ DemoGenerator

DemoGenerator::DemoGenerator(Options options)
    : m_options(std::move(options))
{
    if (!m_options.until.isValid()) {
        m_options.until = RomeTime::localDate(QDateTime::currentSecsSinceEpoch());
    }
}

QDate DemoGenerator::firstDay() const
{
    return QDate(m_options.until.year() - m_options.years, 1, 1);
}

QDate DemoGenerator::lastDay() const
{
    return m_options.until;
}

DemoGenerator::Summary DemoGenerator::writeInto(Database& db, const Progress& progress) const
{
    if (m_options.sites < 1 || m_options.sites > 5000) {
        throw std::runtime_error(
            QCoreApplication::translate("core::DemoGenerator", "The number of demo sites must be between 1 and 5000.")
                .toStdString());
    }
    if (m_options.years < 0 || m_options.years > 30) {
        throw std::runtime_error(
            QCoreApplication::translate("core::DemoGenerator", "The number of demo years must be between 0 and 30.")
                .toStdString());
    }
    Summary summary;
    summary.from = firstDay();
    summary.until = lastDay();
    const std::vector<SitePlan> plans = planSites(m_options);

    // Catalogue first: regions, sites, calendars, zones, products.
    std::vector<std::int64_t> siteIds;
    std::vector<std::vector<std::int64_t>> zoneIds;
    std::vector<std::array<std::int64_t, SlotCount>> productIds;
    std::vector<OpeningCalendar> calendars;
    {
        Transaction tx(db);
        Statement region = db.prepare("INSERT INTO regions (code, name) VALUES (?, ?) "
                                      "ON CONFLICT (code) DO UPDATE SET name = excluded.name RETURNING id");
        std::map<int, std::int64_t> regionIds;
        for (const SitePlan& p : plans) {
            if (!regionIds.count(p.region)) {
                region.bind(1, QString::fromLatin1(kRegions[p.region].code))
                    .bind(2, QString::fromLatin1(kRegions[p.region].name));
                region.step();
                regionIds[p.region] = region.int64(0);
                region.reset();
            }
        }
        Statement site = db.prepare("INSERT INTO sites (code, name, type, region_id, capacity, open_hour, close_hour, "
                                    "closing_weekday) VALUES (?,?,?,?,?,?,?,?)");
        Statement exception = db.prepare("INSERT INTO site_calendar_exceptions (site_id, day, open, open_hour, "
                                         "close_hour, note) VALUES (?,?,?,?,?,?)");
        Statement zone = db.prepare("INSERT INTO zones (site_id, code, name, capacity, indoor) VALUES (?,?,?,?,?)");
        Statement product = db.prepare("INSERT INTO ticket_products (site_id, code, name, category, free_reason, "
                                       "price_cents) VALUES (?,?,?,?,?,?)");
        DemoRandom calendarRng(DemoRandom::derive(m_options.seed, 0xCA1E));
        for (const SitePlan& p : plans) {
            site.bind(1, p.code).bind(2, p.name).bind(3, siteTypeCode(p.type)).bind(4, regionIds[p.region]);
            site.bind(5, p.capacity).bind(6, p.openHour).bind(7, p.closeHour).bind(8, p.closingWeekday);
            site.exec();
            const std::int64_t siteId = db.lastInsertRowId();
            siteIds.push_back(siteId);
            calendars.push_back(calendarFor(p, summary.from, summary.until, calendarRng));
            const auto& exceptions = calendars.back().exceptions();
            for (auto it = exceptions.cbegin(); it != exceptions.cend(); ++it) {
                exception.bind(1, siteId).bind(2, it.key().toJulianDay()).bind(3, it->open ? 1 : 0);
                exception.bind(4, it->openHour).bind(5, it->closeHour).bind(6, it->note);
                exception.exec();
            }
            std::vector<std::int64_t> zones;
            for (const ZonePlan& z : p.zones) {
                zone.bind(1, siteId).bind(2, z.code).bind(3, z.name).bind(4, z.capacity).bind(5, z.indoor ? 1 : 0);
                zone.exec();
                zones.push_back(db.lastInsertRowId());
            }
            zoneIds.push_back(zones);
            summary.zones += static_cast<int>(zones.size());
            std::array<std::int64_t, SlotCount> ids{};
            auto addProducts = [&](const auto& rows) {
                for (const ProductRow& row : rows) {
                    const std::int64_t price = row.category == TicketCategory::Full ? p.fullPriceCents
                        : row.category == TicketCategory::Reduced                   ? 200
                                                                                    : 0;
                    product.bind(1, siteId).bind(2, QString::fromLatin1(row.code)).bind(3, QString::fromUtf8(row.name));
                    product.bind(4, categoryCode(row.category)).bind(5, freeReasonCode(row.reason)).bind(6, price);
                    product.exec();
                    ids[row.slot] = db.lastInsertRowId();
                }
            };
            if (p.fullPriceCents > 0) {
                addProducts(kPaidProducts);
            } else {
                addProducts(kFreeSiteProducts);
            }
            productIds.push_back(ids);
        }
        // Tariffs beyond the admissions, added after every site's admissions so their ids
        // come last: guided tours, time slots at the museums, a combined ticket between
        // the first two paying museums.
        {
            Statement addon = db.prepare("INSERT INTO ticket_products (site_id, code, name, category, free_reason, "
                                         "price_cents, kind, position) VALUES (?, 'VISGUI', 'Visita guidata', 'full', "
                                         "'', 500, 'addon', 20)");
            Statement slotPolicy = db.prepare("INSERT INTO site_slot_policy (site_id, slot_minutes, slot_capacity, "
                                         "counter_pct, online_pct, kiosk_pct, b2b_pct) VALUES (?, 60, ?, ?, 30, ?, 10)");
            Statement combined = db.prepare(
                "INSERT INTO ticket_products (site_id, code, name, category, free_reason, price_cents, kind, admits, "
                "position) VALUES (?, 'CUMUL', 'Biglietto cumulativo', 'full', '', ?, 'combined', ?, 21)");
            std::vector<std::size_t> paidMuseums;
            for (std::size_t i = 0; i < plans.size(); ++i) {
                const SitePlan& p = plans[i];
                if (p.fullPriceCents == 0) {
                    continue;
                }
                if (p.type == SiteType::Museum || p.type == SiteType::ArchaeologicalArea) {
                    addon.bind(1, siteIds[i]);
                    addon.exec();
                }
                if (p.type == SiteType::Museum) {
                    paidMuseums.push_back(i);
                    slotPolicy.bind(1, siteIds[i]).bind(2, std::max(10, p.capacity / 2));
                    slotPolicy.bind(3, p.hasKiosk ? 50 : 60).bind(4, p.hasKiosk ? 10 : 0);
                    slotPolicy.exec();
                }
            }
            if (paidMuseums.size() >= 2) {
                const std::size_t a = paidMuseums[0];
                const std::size_t b = paidMuseums[1];
                const std::int64_t price = (plans[a].fullPriceCents + plans[b].fullPriceCents) * 8 / 10 / 100 * 100;
                combined.bind(1, siteIds[a]).bind(2, price).bind(3, QString::number(siteIds[b]));
                combined.exec();
                combined.bind(1, siteIds[b]).bind(2, price).bind(3, QString::number(siteIds[a]));
                combined.exec();
            }
        }
        Statement meta = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        const std::pair<const char*, QString> metas[] = {
            { "source", QStringLiteral("demo") },
            { "demo_seed", QString::number(m_options.seed) },
            { "demo_sites", QString::number(m_options.sites) },
            { "demo_years", QString::number(m_options.years) },
            { "data_from", summary.from.toString(Qt::ISODate) },
            { "data_until", summary.until.toString(Qt::ISODate) },
        };
        for (const auto& [key, value] : metas) {
            meta.bind(1, QString::fromLatin1(key)).bind(2, value);
            meta.exec();
        }
        tx.commit();
    }

    SiteWriter writer(db, m_options, summary.from, summary.until);
    for (size_t i = 0; i < plans.size(); ++i) {
        Transaction tx(db);
        writer.write(plans[i], siteIds[i], zoneIds[i], productIds[i], calendars[i],
                     DemoRandom::derive(m_options.seed, i + 1), summary);
        tx.commit();
        ++summary.sites;
        if (progress && !progress(static_cast<int>(i + 1), static_cast<int>(plans.size()))) {
            throw std::runtime_error(
                QCoreApplication::translate("core::DemoGenerator", "Demo generation was cancelled.").toStdString());
        }
    }
    return summary;
}

DemoGenerator::Summary DemoGenerator::writeCache(const QString& path, const Progress& progress) const
{
    const QString building = path + QStringLiteral(".building");
    for (const char* suffix : { "", "-wal", "-shm", "-journal" }) {
        QFile::remove(building + QLatin1String(suffix));
    }
    Summary summary;
    try {
        Database db = Database::open(building, Database::Mode::ReadWriteCreate);
        // A file nobody else sees yet, replaced whole on failure: no journal needed while building.
        db.exec("PRAGMA journal_mode = OFF");
        db.exec("PRAGMA synchronous = OFF");
        db.exec("PRAGMA cache_size = -131072");
        CacheSchema::migrate(db);
        summary = writeInto(db, progress);
        if (m_options.monitorDays > 0) {
            const Period recent{ summary.until.addDays(1 - m_options.monitorDays), summary.until };
            TransactionMonitor monitor(db);
            summary.transactionAlerts = monitor.record(monitor.scanCache(recent));
        }
        db.exec("PRAGMA journal_mode = WAL");
        db.close();
    } catch (...) {
        QFile::remove(building);
        throw;
    }
    // The old cache's WAL belongs to the old file: drop it before the new file takes the name.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(building).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(building);
        throw DatabaseError(
            14 /* SQLITE_CANTOPEN */,
            QCoreApplication::translate("core::DemoGenerator", "Could not move the new cache into place at %1.")
                .arg(path));
    }
    return summary;
}

} // namespace core
