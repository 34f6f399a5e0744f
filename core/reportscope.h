#pragma once

#include "core/site.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <stdexcept>

namespace core {

class Database;

// A report that cannot be made as asked (unknown site or region, nothing in the
// period, no ledger); the message is for a person.
class ReportError : public std::runtime_error
{
public:
    explicit ReportError(const QString& message)
        : std::runtime_error(message.toStdString())
    { }
    QString message() const { return QString::fromUtf8(what()); }
};

// The sites a scope stands for, and how a report names it.
struct ResolvedScope
{
    QString label; // "All sites", "Basilicata", "BAS-MUS-01 - Museo ..."
    QList<Site> sites; // ordered by region, then name
    QList<std::int64_t> siteIds() const;
    // For a title page: the site, or "Basilicata (12 sites)".
    QString description() const;
};

// What a report covers: every site, the sites of one region, or one site.
struct ReportScope
{
    enum class Kind
    {
        All,
        Region,
        Site
    };
    Kind kind = Kind::All;
    QString name; // region name or code, or site code

    // "all", "region:NAME", "site:CODE"; nullopt for anything else.
    static std::optional<ReportScope> parse(const QString& text);
    // The text parse() reads.
    QString toString() const;

    // The cache's sites in the scope. A region matches by name (ignoring case, spaces
    // and punctuation: "Emilia-Romagna", "emilia romagna") or code. Throws ReportError
    // for an unknown site or region, or a region without sites in the cache.
    ResolvedScope resolve(Database& cache) const;

    // The comparison key of a region's name: lower-case letters and digits only.
    static QString matchKey(const QString& name);
};

} // namespace core
