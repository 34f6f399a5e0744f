#include "widgets/regionalpage.h"

#include "core/cache.h"
#include "core/database.h"
#include "widgets/charts/sparklinedelegate.h"
#include "widgets/periodpicker.h"
#include "widgets/tableclipboard.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <exception>

namespace widgets {

namespace {

// Sorts what has no change (no visitors last year) after every real figure.
constexpr double kNoChange = -1e12;

std::optional<double> changeOf(std::int64_t now, std::int64_t before)
{
    return before > 0 ? std::optional(double(now - before) / double(before)) : std::nullopt;
}

QStandardItem* cell(const QString& text, const QVariant& sortKey, bool numeric)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortKey, RegionalPage::SortRole);
    if (numeric) {
        item->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
    }
    return item;
}

QString monthName(const QLocale& locale, const QDate& month)
{
    return locale.toString(month, QStringLiteral("MMM yyyy"));
}

QList<QDate> monthsOf(const core::Period& period)
{
    QList<QDate> months;
    for (QDate m(period.from.year(), period.from.month(), 1); m <= period.to; m = m.addMonths(1)) {
        months.append(m);
    }
    return months;
}

QTableView* makeTable(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->setTabKeyNavigation(false);
    TableClipboard::install(view);
    return view;
}

} // namespace

RegionalFigures RegionalPage::queryFigures(const QString& dataDir, const QList<std::int64_t>& siteIds,
                                           const core::Period& period)
{
    RegionalFigures figures;
    figures.siteIds = siteIds;
    figures.period = period;
    try {
        core::Database db = core::Cache::openReader(dataDir);
        figures.ranking = core::DashboardQueries(db).ranking(siteIds, period);
        for (const core::SiteRank& rank : figures.ranking) {
            figures.totalVisitors += rank.visitors;
        }
    } catch (const core::DatabaseError& e) {
        figures.error = tr("The ranking could not be read from the cache: %1").arg(e.message());
    } catch (const std::exception& e) {
        figures.error = tr("The ranking could not be read from the cache: %1").arg(QString::fromUtf8(e.what()));
    }
    return figures;
}

RegionalPage::RegionalPage(QWidget* parent)
    : QWidget(parent)
    , m_region(new QComboBox(this))
    , m_period(new PeriodPicker(this))
    , m_breadcrumb(new QLabel(this))
    , m_status(new QLabel(this))
    , m_comparisonHint(new QLabel(this))
    , m_rankingModel(new QStandardItemModel(0, ColumnCount, this))
    , m_rankingProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("regionalPage"));
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setAccessibleName(tr("Region"));
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_breadcrumb->setObjectName(QStringLiteral("regionalBreadcrumb"));
    m_breadcrumb->setTextFormat(Qt::RichText);
    m_breadcrumb->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_breadcrumb->setAccessibleName(tr("Where you are"));
    m_status->setObjectName(QStringLiteral("regionalStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto* title = new QLabel(tr("Regional overview"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_rankingModel->setHorizontalHeaderLabels({ tr("Rank"), tr("Code"), tr("Site"), tr("Visitors"), tr("Revenue"),
                                                tr("Visitors last year"), tr("Change on last year"), tr("Share"),
                                                tr("Trend by month") });
    m_rankingProxy->setSourceModel(m_rankingModel);
    m_rankingProxy->setSortRole(SortRole);
    m_rankingProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_rankingProxy->setSortLocaleAware(true);
    m_ranking = makeTable(QStringLiteral("rankingTable"), tr("Ranking of sites"), this);
    m_ranking->setModel(m_rankingProxy);
    m_ranking->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ranking->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ranking->setSortingEnabled(true);
    m_ranking->sortByColumn(VisitorsColumn, Qt::DescendingOrder);
    m_ranking->setItemDelegateForColumn(TrendColumn, new SparklineDelegate(m_ranking));
    m_ranking->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ranking->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_ranking->horizontalHeader()->setSectionResizeMode(TrendColumn, QHeaderView::Fixed);
    m_ranking->horizontalHeader()->resizeSection(TrendColumn, 140);
    m_ranking->setToolTip(tr("Select two or more sites to compare them; double-click a site (or press Enter) "
                             "to see its zones"));

    m_comparisonModel = new QStandardItemModel(this);
    m_comparison = makeTable(QStringLiteral("comparisonTable"), tr("Comparison of the selected sites"), this);
    m_comparison->setModel(m_comparisonModel);
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparisonHint->setObjectName(QStringLiteral("comparisonHint"));
    m_comparisonHint->setWordWrap(true);
    m_comparisonHint->setForegroundRole(QPalette::PlaceholderText);

    auto* comparisonTitle = new QLabel(tr("Site versus site"), this);
    QFont sectionFont = comparisonTitle->font();
    sectionFont.setBold(true);
    comparisonTitle->setFont(sectionFont);
    auto* rankingTitle = new QLabel(tr("Ranking"), this);
    rankingTitle->setFont(sectionFont);

    auto* regionLabel = new QLabel(tr("&Region:"), this);
    regionLabel->setBuddy(m_region);
    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(regionLabel);
    filters->addWidget(m_region);
    filters->addSpacing(16);
    filters->addWidget(m_period);
    filters->addStretch();

    auto* rankingBox = new QWidget(this);
    auto* rankingLayout = new QVBoxLayout(rankingBox);
    rankingLayout->setContentsMargins(0, 0, 0, 0);
    rankingLayout->addWidget(rankingTitle);
    rankingLayout->addWidget(m_ranking, 1);
    auto* comparisonBox = new QWidget(this);
    auto* comparisonLayout = new QVBoxLayout(comparisonBox);
    comparisonLayout->setContentsMargins(0, 0, 0, 0);
    comparisonLayout->addWidget(comparisonTitle);
    comparisonLayout->addWidget(m_comparisonHint);
    comparisonLayout->addWidget(m_comparison, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(rankingBox);
    splitter->addWidget(comparisonBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_breadcrumb);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    setTabOrder(m_region, m_period);
    setTabOrder(m_period, m_ranking);
    setTabOrder(m_ranking, m_comparison);

    connect(m_region, &QComboBox::currentIndexChanged, this, &RegionalPage::refresh);
    connect(m_period, &PeriodPicker::periodChanged, this, &RegionalPage::refresh);
    connect(m_breadcrumb, &QLabel::linkActivated, this, [this] { selectRegion(0); });
    connect(m_ranking->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RegionalPage::selectionChanged);
    connect(m_ranking, &QAbstractItemView::activated, this, &RegionalPage::activateRow);
    showComparison();
}

void RegionalPage::setCache(const QString& dataDir, const QList<core::Site>& sites, const QDate& firstDay,
                            const QDate& lastDay)
{
    m_dataDir = dataDir;
    m_sites = sites;
    {
        const QSignalBlocker blockRegion(m_region);
        const QSignalBlocker blockPeriod(m_period);
        m_region->clear();
        m_region->addItem(tr("All regions"), QVariant::fromValue<qint64>(0));
        QMap<QString, std::int64_t> regions; // by name
        for (const core::Site& site : sites) {
            regions.insert(site.regionName, site.regionId);
        }
        for (auto it = regions.cbegin(); it != regions.cend(); ++it) {
            m_region->addItem(it.key(), QVariant::fromValue<qint64>(it.value()));
        }
        m_period->setDataRange(firstDay, lastDay);
        m_period->selectPreset(ReportingPeriod::Preset::YearToDate);
    }
    refresh();
}

void RegionalPage::selectRegion(std::int64_t regionId)
{
    const int index = m_region->findData(QVariant::fromValue<qint64>(regionId));
    if (index >= 0) {
        m_region->setCurrentIndex(index);
    }
}

void RegionalPage::selectPeriod(ReportingPeriod::Preset preset)
{
    m_period->selectPreset(preset);
}

void RegionalPage::selectRange(const QDate& from, const QDate& to)
{
    m_period->selectRange(from, to);
}

std::int64_t RegionalPage::selectedRegion() const
{
    return m_region->currentData().toLongLong();
}

QList<std::int64_t> RegionalPage::selectedSiteIds() const
{
    const std::int64_t region = selectedRegion();
    QList<std::int64_t> ids;
    for (const core::Site& site : m_sites) {
        if (region == 0 || site.regionId == region) {
            ids.append(site.id);
        }
    }
    return ids;
}

core::Period RegionalPage::selectedPeriod() const
{
    return m_period->period();
}

bool RegionalPage::isUpToDate() const
{
    return m_generation > 0 && m_shownGeneration == m_generation && !m_pending;
}

void RegionalPage::refresh()
{
    if (m_dataDir.isEmpty()) {
        return;
    }
    ++m_generation;
    // Several changes in one go (a preset sets two dates) make one query.
    if (!m_pending) {
        m_pending = true;
        QTimer::singleShot(0, this, &RegionalPage::startRefresh);
    }
}

void RegionalPage::startRefresh()
{
    m_pending = false;
    const quint64 generation = m_generation;
    const QString regionName = m_region->currentText().toHtmlEscaped();
    m_breadcrumb->setText(selectedRegion() == 0
                              ? tr("All regions")
                              : tr("<a href=\"all\">All regions</a> › %1", "breadcrumb").arg(regionName));
    auto* watcher = new QFutureWatcher<RegionalFigures>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation) {
            showFigures(watcher->result());
        }
    });
    watcher->setFuture(QtConcurrent::run(&RegionalPage::queryFigures, m_dataDir, selectedSiteIds(), selectedPeriod()));
}

void RegionalPage::showFigures(const RegionalFigures& figures)
{
    m_shown = figures;
    m_shownGeneration = m_generation;
    const QList<std::int64_t> keep = m_compared;
    if (!figures.error.isEmpty()) {
        m_status->setText(figures.error);
        m_status->show();
    } else if (figures.ranking.isEmpty() || figures.totalVisitors == 0) {
        m_status->setText(tr("No visitors in this region and period: choose another period or region."));
        m_status->show();
    } else {
        m_status->hide();
    }

    const QLocale locale;
    const QList<QDate> months = monthsOf(figures.period);
    m_ranking->setSortingEnabled(false);
    m_rankingModel->removeRows(0, m_rankingModel->rowCount());
    int rank = 0;
    for (const core::SiteRank& site : figures.ranking) {
        ++rank;
        const auto change = changeOf(site.visitors, site.visitorsLastYear);
        const double share = figures.totalVisitors > 0 ? double(site.visitors) / double(figures.totalVisitors) : 0.0;
        QList<double> series;
        QStringList seriesText;
        QStringList seriesTip;
        for (qsizetype m = 0; m < site.monthly.size(); ++m) {
            series.append(double(site.monthly[m]));
            seriesText.append(locale.toString(site.monthly[m]));
            if (m < months.size()) {
                seriesTip.append(tr("%1: %2", "month: visitors")
                                     .arg(monthName(locale, months[m]), locale.toString(site.monthly[m])));
            }
        }
        QList<QStandardItem*> row;
        row << cell(locale.toString(rank), rank, true);
        row << cell(site.code, site.code, false);
        row << cell(site.name, site.name, false);
        row << cell(locale.toString(site.visitors), qint64(site.visitors), true);
        row << cell(site.revenue.toString(locale), qint64(site.revenue.cents()), true);
        row << cell(site.visitorsLastYear > 0 ? locale.toString(site.visitorsLastYear) : QStringLiteral("–"),
                    qint64(site.visitorsLastYear), true);
        row << cell(
            change ? tr("%1%2 %", "sign, percentage")
                         .arg(*change > 0 ? locale.positiveSign() : QString(), locale.toString(*change * 100.0, 'f', 1))
                   : QStringLiteral("–"),
            change.value_or(kNoChange), true);
        row << cell(tr("%1 %", "percentage").arg(locale.toString(share * 100.0, 'f', 1)), share, true);
        QStandardItem* trend = cell(seriesText.join(QLatin1Char(' ')), qint64(site.visitors), false);
        trend->setData(QVariant::fromValue(series), SparklineDelegate::SeriesRole);
        trend->setToolTip(seriesTip.join(QLatin1Char('\n')));
        trend->setData(tr("Visitors by month: %1").arg(seriesTip.join(QStringLiteral("; "))), Qt::AccessibleTextRole);
        row << trend;
        row.first()->setData(QVariant::fromValue<qint64>(site.siteId), SiteIdRole);
        row[NameColumn]->setData(QVariant::fromValue<qint64>(site.siteId), SiteIdRole);
        m_rankingModel->appendRow(row);
    }
    m_ranking->setSortingEnabled(true);
    compareSites(keep);
    emit refreshed();
}

void RegionalPage::compareSites(const QList<std::int64_t>& siteIds)
{
    QItemSelection selection;
    for (int row = 0; row < m_rankingProxy->rowCount(); ++row) {
        const QModelIndex index = m_rankingProxy->index(row, 0);
        if (siteIds.contains(index.data(SiteIdRole).toLongLong())) {
            selection.select(index, m_rankingProxy->index(row, ColumnCount - 1));
        }
    }
    m_ranking->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    selectionChanged();
}

void RegionalPage::selectionChanged()
{
    QList<std::int64_t> ids;
    for (int row = 0; row < m_rankingProxy->rowCount(); ++row) {
        const QModelIndex index = m_rankingProxy->index(row, 0);
        if (m_ranking->selectionModel()->isRowSelected(row, QModelIndex())) {
            ids.append(index.data(SiteIdRole).toLongLong());
        }
    }
    m_compared = ids;
    showComparison();
}

void RegionalPage::showComparison()
{
    m_comparisonModel->clear();
    if (m_compared.size() < 2) {
        m_comparisonHint->setText(
            tr("Select two or more sites in the ranking (Ctrl+click or Shift+click) to compare them here."));
        m_comparisonHint->show();
        m_comparison->hide();
        return;
    }
    m_comparisonHint->hide();
    m_comparison->show();
    QList<const core::SiteRank*> sites;
    for (const std::int64_t id : std::as_const(m_compared)) {
        for (const core::SiteRank& rank : std::as_const(m_shown.ranking)) {
            if (rank.siteId == id) {
                sites.append(&rank);
            }
        }
    }
    const QLocale locale;
    QStringList headers{ tr("Figure") };
    for (const core::SiteRank* site : sites) {
        headers << site->name;
    }
    m_comparisonModel->setHorizontalHeaderLabels(headers);
    for (int c = 1; c < headers.size(); ++c) {
        m_comparisonModel->horizontalHeaderItem(c)->setToolTip(sites[c - 1]->code);
    }
    const auto addRow = [&](const QString& name, const auto& text) {
        QList<QStandardItem*> row{ cell(name, name, false) };
        for (const core::SiteRank* site : sites) {
            row << cell(text(*site), QVariant(), true);
        }
        m_comparisonModel->appendRow(row);
        return m_comparisonModel->rowCount() - 1;
    };
    const auto total = m_shown.totalVisitors;
    addRow(tr("Visitors"), [&](const core::SiteRank& s) { return locale.toString(s.visitors); });
    addRow(tr("Revenue"), [&](const core::SiteRank& s) { return s.revenue.toString(locale); });
    addRow(tr("Revenue per visitor"), [&](const core::SiteRank& s) {
        return s.visitors > 0 ? s.revenue.dividedBy(s.visitors).toString(locale) : QStringLiteral("–");
    });
    addRow(tr("Visitors last year"), [&](const core::SiteRank& s) {
        return s.visitorsLastYear > 0 ? locale.toString(s.visitorsLastYear) : QStringLiteral("–");
    });
    addRow(tr("Change on last year"), [&](const core::SiteRank& s) {
        const auto change = changeOf(s.visitors, s.visitorsLastYear);
        return change
            ? tr("%1%2 %", "sign, percentage")
                  .arg(*change > 0 ? locale.positiveSign() : QString(), locale.toString(*change * 100.0, 'f', 1))
            : QStringLiteral("–");
    });
    addRow(tr("Share"), [&](const core::SiteRank& s) {
        return tr("%1 %", "percentage")
            .arg(locale.toString(total > 0 ? double(s.visitors) / double(total) * 100.0 : 0.0, 'f', 1));
    });
    const int trendRow = addRow(tr("Trend by month"), [&](const core::SiteRank& s) {
        QStringList values;
        for (const auto v : s.monthly) {
            values << locale.toString(v);
        }
        return values.join(QLatin1Char(' '));
    });
    for (int c = 1; c < headers.size(); ++c) {
        QList<double> series;
        for (const auto v : sites[c - 1]->monthly) {
            series.append(double(v));
        }
        m_comparisonModel->item(trendRow, c)->setData(QVariant::fromValue(series), SparklineDelegate::SeriesRole);
    }
    if (m_comparison->itemDelegateForRow(trendRow) == nullptr) {
        m_comparison->setItemDelegateForRow(trendRow, new SparklineDelegate(m_comparison));
    }
    const QList<QDate> months = monthsOf(m_shown.period);
    for (qsizetype m = 0; m < months.size(); ++m) {
        addRow(tr("Visitors, %1", "month").arg(monthName(locale, months[m])), [&](const core::SiteRank& s) {
            return m < s.monthly.size() ? locale.toString(s.monthly[m]) : QStringLiteral("–");
        });
    }
    for (int c = 1; c < headers.size(); ++c) {
        m_comparison->setColumnWidth(c, std::max(m_comparison->columnWidth(c), 140));
    }
}

void RegionalPage::activateRow(const QModelIndex& index)
{
    if (!index.isValid()) {
        return;
    }
    const std::int64_t siteId = m_rankingProxy->index(index.row(), 0).data(SiteIdRole).toLongLong();
    if (siteId > 0) {
        emit siteActivated(siteId, m_shown.period.from, m_shown.period.to);
    }
}

} // namespace widgets
