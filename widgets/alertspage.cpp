#include "widgets/alertspage.h"

#include "core/alertsreport.h"
#include "core/cache.h"
#include "core/database.h"
#include "core/transactionmonitor.h"
#include "widgets/periodpicker.h"
#include "widgets/tableclipboard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <exception>
#include <stdexcept>

namespace widgets {

namespace {

// Europe/Rome time to the minute, the date in the locale's short form with a four-digit year.
QString romeTime(std::int64_t utcSeconds)
{
    const QLocale locale;
    const QDateTime rome = QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone("Europe/Rome"));
    QString dateFormat = locale.dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QLatin1String("yyyy"))) {
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    return locale.toString(rome, dateFormat + QStringLiteral(" HH:mm"));
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Red and amber that read on the palette in use, light or dark.
QColor severityColour(const QString& severity, const QPalette& palette)
{
    if (severity == QLatin1String("critical")) {
        return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xb7, 0x1c, 0x1c);
    }
    if (severity == QLatin1String("warning")) {
        return isDark(palette) ? QColor(0xf2, 0xc0, 0x4c) : QColor(0x8a, 0x5a, 0x00);
    }
    return palette.color(QPalette::Text);
}

} // namespace

AlertFigures AlertsPage::queryAlerts(const QString& dataDir, const core::AlertFilter& filter)
{
    AlertFigures figures;
    figures.filter = filter;
    try {
        core::Database db = core::Cache::openReader(dataDir);
        figures.alerts = core::AlertQueries(db).list(filter);
    } catch (const core::DatabaseError& e) {
        figures.error = tr("The alerts could not be read from the cache: %1").arg(e.message());
    } catch (const std::exception& e) {
        figures.error = tr("The alerts could not be read from the cache: %1").arg(QString::fromUtf8(e.what()));
    }
    return figures;
}

QString AlertsPage::acknowledge(const QString& dataDir, std::int64_t alertId, const QString& comment,
                                std::int64_t nowUtc)
{
    try {
        // A plain writer connection: the cache was checked and migrated when the window
        // opened it, and must never be moved aside under the screens reading it.
        core::Database db = core::Database::open(core::Cache::pathIn(dataDir), core::Database::Mode::ReadWrite);
        if (!core::TransactionMonitor(db).acknowledge(alertId, comment, nowUtc)) {
            return tr("The alert is no longer in the cache.");
        }
        return QString();
    } catch (const std::invalid_argument& e) {
        return QString::fromUtf8(e.what());
    } catch (const core::DatabaseError& e) {
        return tr("The acknowledgement could not be saved: %1").arg(e.message());
    } catch (const std::exception& e) {
        return tr("The acknowledgement could not be saved: %1").arg(QString::fromUtf8(e.what()));
    }
}

// The same names as the alerts report's: one wording everywhere.
QString AlertsPage::kindName(const QString& kind)
{
    return core::AlertsReport::kindName(kind);
}

QString AlertsPage::severityName(const QString& severity)
{
    return core::AlertsReport::severityName(severity);
}

AlertsPage::AlertsPage(QWidget* parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_site(new QComboBox(this))
    , m_period(new PeriodPicker(this))
    , m_showAcknowledged(new QCheckBox(tr("Show a&cknowledged"), this))
    , m_status(new QLabel(this))
    , m_count(new QLabel(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_table(new QTableView(this))
    , m_detailTitle(new QLabel(this))
    , m_detailMeta(new QLabel(this))
    , m_detailText(new QLabel(this))
    , m_ackState(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_acknowledge(new QPushButton(tr("&Acknowledge"), this))
    , m_ackStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("alertsPage"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setAccessibleName(tr("Kind of alert"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const char* kind : { "capacity", "climate", "transaction", "system" }) {
        m_kind->addItem(kindName(QLatin1String(kind)), QString::fromLatin1(kind));
    }
    m_severity->setObjectName(QStringLiteral("severityCombo"));
    m_severity->setAccessibleName(tr("Severity"));
    m_severity->addItem(tr("Any severity"), QString());
    for (const char* severity : { "critical", "warning", "info" }) {
        m_severity->addItem(severityName(QLatin1String(severity)), QString::fromLatin1(severity));
    }
    m_site->setObjectName(QStringLiteral("alertsSiteCombo"));
    m_site->setAccessibleName(tr("Site"));
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_site->setMinimumContentsLength(22);
    m_showAcknowledged->setObjectName(QStringLiteral("showAcknowledged"));
    m_showAcknowledged->setChecked(true);
    m_status->setObjectName(QStringLiteral("alertsStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_count->setObjectName(QStringLiteral("alertsCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto* title = new QLabel(tr("Alerts"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_model->setHorizontalHeaderLabels(
        { tr("Raised"), tr("Site"), tr("Kind"), tr("Severity"), tr("Alert"), tr("Acknowledged") });
    m_table->setObjectName(QStringLiteral("alertsTable"));
    m_table->setAccessibleName(tr("Alerts, newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    TableClipboard::install(m_table);

    auto* detail = new QFrame(this);
    detail->setObjectName(QStringLiteral("alertDetail"));
    detail->setFrameShape(QFrame::StyledPanel);
    m_detailTitle->setObjectName(QStringLiteral("alertTitle"));
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_detailTitle->setFont(bold);
    m_detailTitle->setWordWrap(true);
    m_detailMeta->setObjectName(QStringLiteral("alertMeta"));
    m_detailMeta->setForegroundRole(QPalette::PlaceholderText);
    m_detailMeta->setWordWrap(true);
    m_detailText->setObjectName(QStringLiteral("alertExplanation"));
    m_detailText->setWordWrap(true);
    m_detailText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detailText->setAccessibleName(tr("Explanation"));
    m_ackState->setObjectName(QStringLiteral("ackState"));
    m_ackState->setWordWrap(true);
    m_ackState->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_comment->setObjectName(QStringLiteral("ackComment"));
    m_comment->setAccessibleName(tr("Comment for the acknowledgement"));
    m_comment->setPlaceholderText(tr("What was checked or done (required)"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(90);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_acknowledge->setEnabled(false);
    m_ackStatus->setObjectName(QStringLiteral("ackStatus"));
    m_ackStatus->setWordWrap(true);
    m_commentLabel = new QLabel(tr("Co&mment:"), detail);
    m_commentLabel->setBuddy(m_comment);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(14, 12, 14, 12);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailMeta);
    detailLayout->addWidget(m_detailText);
    detailLayout->addSpacing(8);
    detailLayout->addWidget(m_ackState);
    detailLayout->addWidget(m_commentLabel);
    detailLayout->addWidget(m_comment);
    auto* ackRow = new QHBoxLayout;
    ackRow->addWidget(m_acknowledge);
    ackRow->addWidget(m_ackStatus, 1);
    detailLayout->addLayout(ackRow);
    detailLayout->addStretch();

    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    const auto labelled = [this, filters](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    labelled(tr("&Kind:"), m_kind);
    labelled(tr("Se&verity:"), m_severity);
    labelled(tr("&Site:"), m_site);
    filters->addSpacing(8);
    filters->addWidget(m_showAcknowledged);
    filters->addStretch();
    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period);
    periodRow->addStretch();

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 640, 360 });

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addLayout(periodRow);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    setTabOrder(m_kind, m_severity);
    setTabOrder(m_severity, m_site);
    setTabOrder(m_site, m_period);
    setTabOrder(m_period, m_showAcknowledged);
    setTabOrder(m_showAcknowledged, m_table);
    setTabOrder(m_table, m_comment);
    setTabOrder(m_comment, m_acknowledge);

    for (QComboBox* combo : { m_kind, m_severity, m_site }) {
        connect(combo, &QComboBox::currentIndexChanged, this, &AlertsPage::refresh);
    }
    connect(m_period, &PeriodPicker::periodChanged, this, &AlertsPage::refresh);
    connect(m_showAcknowledged, &QCheckBox::toggled, this, &AlertsPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AlertsPage::showDetail);
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this] {
        m_acknowledge->setEnabled(!m_saving && selectedAlert() > 0 && !m_comment->toPlainText().trimmed().isEmpty());
    });
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsPage::acknowledgeSelected);
    showDetail();
}

void AlertsPage::setCache(const QString& dataDir, const QList<core::Site>& sites, const QDate& firstDay,
                          const QDate& lastDay)
{
    m_dataDir = dataDir;
    m_sites = sites;
    {
        const QSignalBlocker blockSite(m_site);
        const QSignalBlocker blockPeriod(m_period);
        m_site->clear();
        m_site->addItem(tr("All sites"), QVariant::fromValue<qint64>(0));
        for (const core::Site& site : sites) {
            m_site->addItem(tr("%1, %2", "site name, region").arg(site.name, site.regionName),
                            QVariant::fromValue<qint64>(site.id));
        }
        m_period->setDataRange(firstDay, lastDay);
        m_period->selectPreset(ReportingPeriod::Preset::Last30Days);
    }
    refresh();
}

void AlertsPage::selectKind(const QString& kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
}

void AlertsPage::selectSeverity(const QString& severity)
{
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(severity)));
}

void AlertsPage::selectSite(std::int64_t siteId)
{
    m_site->setCurrentIndex(std::max(0, m_site->findData(QVariant::fromValue<qint64>(siteId))));
}

void AlertsPage::selectPeriod(ReportingPeriod::Preset preset)
{
    m_period->selectPreset(preset);
}

void AlertsPage::selectRange(const QDate& from, const QDate& to)
{
    m_period->selectRange(from, to);
}

void AlertsPage::setShowAcknowledged(bool show)
{
    m_showAcknowledged->setChecked(show);
}

void AlertsPage::selectAlert(std::int64_t alertId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, 0)->data(AlertIdRole).toLongLong() == alertId) {
            m_table->setCurrentIndex(m_model->index(row, TitleColumn));
            m_table->selectRow(row);
            return;
        }
    }
}

void AlertsPage::setComment(const QString& comment)
{
    m_comment->setPlainText(comment);
}

std::int64_t AlertsPage::selectedAlert() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->item(current.row(), 0)->data(AlertIdRole).toLongLong() : 0;
}

bool AlertsPage::isUpToDate() const
{
    return m_generation > 0 && m_shownGeneration == m_generation && !m_pending;
}

core::AlertFilter AlertsPage::currentFilter() const
{
    core::AlertFilter filter;
    const qint64 site = m_site->currentData().toLongLong();
    for (const core::Site& s : m_sites) {
        if (site == 0 || s.id == site) {
            filter.siteIds.append(s.id);
        }
    }
    filter.period = m_period->period();
    filter.kind = m_kind->currentData().toString();
    filter.severity = m_severity->currentData().toString();
    filter.includeAcknowledged = m_showAcknowledged->isChecked();
    return filter;
}

void AlertsPage::refresh()
{
    if (m_dataDir.isEmpty()) {
        return;
    }
    ++m_generation;
    if (!m_pending) {
        m_pending = true;
        QTimer::singleShot(0, this, &AlertsPage::startRefresh);
    }
}

void AlertsPage::startRefresh()
{
    m_pending = false;
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<AlertFigures>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation) {
            showAlerts(watcher->result());
        }
    });
    watcher->setFuture(QtConcurrent::run(&AlertsPage::queryAlerts, m_dataDir, currentFilter()));
}

void AlertsPage::showAlerts(const AlertFigures& figures)
{
    const std::int64_t keep = selectedAlert();
    m_shown = figures;
    m_shownGeneration = m_generation;
    if (!figures.error.isEmpty()) {
        m_status->setText(figures.error);
        m_status->show();
    } else if (figures.alerts.isEmpty()) {
        m_status->setText(tr("No alerts match: try a longer period or fewer filters."));
        m_status->show();
    } else {
        m_status->hide();
    }
    int open = 0;
    const QPalette palette = m_table->palette();
    const QColor greyed = palette.color(QPalette::Disabled, QPalette::Text);
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_model->removeRows(0, m_model->rowCount());
        for (const core::AlertEntry& a : figures.alerts) {
            QList<QStandardItem*> row;
            for (const QString& text : { romeTime(a.raisedUtc), a.siteCode, kindName(a.kind), severityName(a.severity),
                                         a.title, a.isAcknowledged() ? romeTime(*a.acknowledgedUtc) : QString() }) {
                auto* item = new QStandardItem(text);
                item->setEditable(false);
                row << item;
            }
            row[0]->setData(QVariant::fromValue<qint64>(a.id), AlertIdRole);
            row[SiteColumn]->setToolTip(a.siteName);
            row[TitleColumn]->setToolTip(a.detail);
            if (a.isAcknowledged()) {
                row[StatusColumn]->setToolTip(a.ackComment);
                QFont italic = m_table->font();
                italic.setItalic(true);
                for (QStandardItem* item : row) {
                    item->setForeground(greyed);
                    item->setFont(italic);
                }
            } else {
                ++open;
                row[SeverityColumn]->setForeground(severityColour(a.severity, palette));
                QFont bold = m_table->font();
                bold.setBold(a.severity == QLatin1String("critical"));
                row[SeverityColumn]->setFont(bold);
            }
            m_model->appendRow(row);
        }
    }
    m_count->setText(tr("%n alert(s), %1 open", "", int(figures.alerts.size())).arg(QLocale().toString(open)));
    if (m_model->rowCount() > 0) {
        selectAlert(keep);
        if (selectedAlert() == 0) {
            selectAlert(m_model->item(0, 0)->data(AlertIdRole).toLongLong());
        }
    }
    showDetail();
    emit refreshed();
}

void AlertsPage::showDetail()
{
    const std::int64_t id = selectedAlert();
    if (id != m_detailId) {
        m_detailId = id;
        m_ackStatus->clear(); // what was said about the previous alert
    }
    const core::AlertEntry* alert = nullptr;
    for (const core::AlertEntry& a : std::as_const(m_shown.alerts)) {
        if (a.id == id) {
            alert = &a;
        }
    }
    if (alert == nullptr) {
        m_detailTitle->setText(tr("No alert chosen"));
        m_detailMeta->clear();
        m_detailText->setText(tr("Choose an alert in the list to read its explanation and acknowledge it."));
        m_ackState->clear();
        m_comment->setEnabled(false);
        m_acknowledge->setEnabled(false);
        return;
    }
    m_detailTitle->setText(alert->title);
    const QString where = alert->zoneName.isEmpty()
        ? tr("%1 (%2)").arg(alert->siteName, alert->siteCode)
        : tr("%1 (%2), %3").arg(alert->siteName, alert->siteCode, alert->zoneName);
    m_detailMeta->setText(
        tr("%1 · %2 · %3 · raised %4")
            .arg(kindName(alert->kind), severityName(alert->severity), where, romeTime(alert->raisedUtc)));
    m_detailText->setText(alert->detail.isEmpty() ? tr("No further explanation was recorded.") : alert->detail);
    if (alert->isAcknowledged()) {
        m_ackState->setText(tr("Acknowledged on %1: “%2”").arg(romeTime(*alert->acknowledgedUtc), alert->ackComment));
        m_comment->clear();
        m_comment->setEnabled(false);
        m_acknowledge->setEnabled(false);
        // Acknowledged once and for all: nothing more to write.
        m_commentLabel->hide();
        m_comment->hide();
        m_acknowledge->hide();
    } else {
        m_commentLabel->show();
        m_comment->show();
        m_acknowledge->show();
        m_ackState->setText(tr("Open: not acknowledged yet."));
        m_comment->setEnabled(!m_saving);
        m_acknowledge->setEnabled(!m_saving && !m_comment->toPlainText().trimmed().isEmpty());
    }
}

void AlertsPage::acknowledgeSelected()
{
    const std::int64_t id = selectedAlert();
    if (id <= 0 || m_saving) {
        return;
    }
    const QString comment = m_comment->toPlainText().trimmed();
    if (comment.isEmpty()) {
        const QString message = tr("Write a comment first: an alert is acknowledged with a comment.");
        m_ackStatus->setText(message);
        m_comment->setFocus();
        emit acknowledged(false, message);
        return;
    }
    m_saving = true;
    m_acknowledge->setEnabled(false);
    m_comment->setEnabled(false);
    m_ackStatus->setText(tr("Saving…"));
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_saving = false;
        const QString error = watcher->result();
        const QString message = error.isEmpty() ? tr("Acknowledged.") : error;
        m_ackStatus->setText(message);
        if (error.isEmpty()) {
            m_comment->clear();
            refresh();
        } else {
            showDetail();
        }
        emit acknowledged(error.isEmpty(), message);
    });
    watcher->setFuture(
        QtConcurrent::run(&AlertsPage::acknowledge, m_dataDir, id, comment, QDateTime::currentSecsSinceEpoch()));
}

} // namespace widgets
