#include "core/reportscope.h"

#include "core/sitecatalogue.h"

#include <QCoreApplication>

namespace core {

QList<std::int64_t> ResolvedScope::siteIds() const
{
    QList<std::int64_t> ids;
    ids.reserve(sites.size());
    for (const Site& s : sites) {
        ids.append(s.id);
    }
    return ids;
}

QString ResolvedScope::description() const
{
    if (sites.size() == 1 && sites.first().code + QStringLiteral(" - ") + sites.first().name == label) {
        return label;
    }
    return QCoreApplication::translate("core::ResolvedScope", "%1 (%n site(s))", "", int(sites.size())).arg(label);
}

std::optional<ReportScope> ReportScope::parse(const QString& text)
{
    if (text == QLatin1String("all")) {
        return ReportScope{ Kind::All, {} };
    }
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return std::nullopt;
    }
    const QString kind = text.left(colon);
    const QString name = text.mid(colon + 1).trimmed();
    if (name.isEmpty()) {
        return std::nullopt;
    }
    if (kind == QLatin1String("region")) {
        return ReportScope{ Kind::Region, name };
    }
    if (kind == QLatin1String("site")) {
        return ReportScope{ Kind::Site, name };
    }
    return std::nullopt;
}

QString ReportScope::toString() const
{
    switch (kind) {
    case Kind::All:
        return QStringLiteral("all");
    case Kind::Region:
        return QStringLiteral("region:") + name;
    case Kind::Site:
        return QStringLiteral("site:") + name;
    }
    return {};
}

QString ReportScope::matchKey(const QString& name)
{
    QString key;
    for (const QChar c : name) {
        if (c.isLetterOrNumber()) {
            key.append(c.toLower());
        }
    }
    return key;
}

ResolvedScope ReportScope::resolve(Database& cache) const
{
    const SiteCatalogue catalogue(cache);
    ResolvedScope resolved;
    switch (kind) {
    case Kind::All:
        resolved.label = QCoreApplication::translate("core::ReportScope", "All sites");
        resolved.sites = catalogue.sites();
        break;
    case Kind::Site: {
        const auto site = catalogue.siteByCode(name);
        if (!site) {
            throw ReportError(QCoreApplication::translate("core::ReportScope",
                                                          "Unknown site '%1': 'cruscotto-cli sites' lists the codes.")
                                  .arg(name));
        }
        resolved.label = site->code + QStringLiteral(" - ") + site->name;
        resolved.sites.append(*site);
        break;
    }
    case Kind::Region: {
        std::optional<Region> region;
        for (const Region& r : catalogue.regions()) {
            if (matchKey(r.name) == matchKey(name) || r.code.compare(name, Qt::CaseInsensitive) == 0) {
                region = r;
            }
        }
        if (!region) {
            throw ReportError(
                QCoreApplication::translate("core::ReportScope", "Unknown region '%1': no site of the cache is in it.")
                    .arg(name));
        }
        resolved.label = region->name;
        for (const Site& s : catalogue.sites()) {
            if (s.regionId == region->id) {
                resolved.sites.append(s);
            }
        }
        break;
    }
    }
    if (resolved.sites.isEmpty()) {
        throw ReportError(QCoreApplication::translate("core::ReportScope",
                                                      "The cache has no sites yet: sync with a "
                                                      "hub or create the demo first."));
    }
    return resolved;
}

} // namespace core
