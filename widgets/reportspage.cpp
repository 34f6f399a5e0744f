#include "widgets/reportspage.h"

#include "core/cache.h"
#include "core/database.h"
#include "core/reportcatalogue.h"
#include "widgets/reportpdfwriter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <exception>

namespace widgets {

namespace {

// What a worker hands back to the GUI thread.
struct Outcome
{
    std::optional<core::Report> report; // preview
    bool written = false; // export
    bool cancelled = false;
    QString message;
};

} // namespace

// The running job's progress, shared with the worker: written there, polled here.
struct ReportsPage::Job
{
    std::atomic<qint64> done{ 0 };
    std::atomic<qint64> total{ 0 };
};

ReportsPage::ReportsPage(QWidget* parent)
    : QWidget(parent)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("reportType"));
    for (const auto& t : core::ReportCatalogue::types()) {
        m_type->addItem(t.title, t.id);
    }
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("reportScope"));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_from->setAccessibleName(tr("First day of the report"));
    m_to->setAccessibleName(tr("Last day of the report"));
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("PDF document"), int(ReportExport::Format::Pdf));
    m_format->addItem(tr("Excel workbook (XLSX)"), int(ReportExport::Format::Xlsx));
    m_format->addItem(tr("CSV for Italian Excel (;)"), int(ReportExport::Format::CsvItalianExcel));
    m_format->addItem(tr("CSV (RFC 4180, UTF-8)"), int(ReportExport::Format::Csv));

    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(tr("to"), this));
    periodRow->addWidget(m_to);
    periodRow->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Report:"), m_type);
    form->addRow(tr("&Scope:"), m_scope);
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, periodRow);
    form->addRow(tr("&Format:"), m_format);

    m_previewButton = new QPushButton(tr("Pre&view"), this);
    m_previewButton->setObjectName(QStringLiteral("previewReport"));
    m_exportButton = new QPushButton(tr("&Export..."), this);
    m_exportButton->setObjectName(QStringLiteral("exportReport"));
    m_exportButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("&Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelReport"));
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setVisible(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancelButton);

    m_status = new QLabel(tr("Choose a report, a scope and a period, then Preview or Export."), this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_titlePage = new QLabel(this);
    m_titlePage->setObjectName(QStringLiteral("reportTitlePage"));
    m_titlePage->setAccessibleName(tr("Title page"));
    m_titlePage->setFixedSize(300, 212);
    m_titlePage->setFrameShape(QFrame::StyledPanel);
    m_model = new QStandardItemModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportPreview"));
    m_table->setAccessibleName(tr("Preview of the report's first table"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addWidget(m_titlePage);
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Reports"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_previewButton, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportsPage::chooseFile);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportsPage::cancelExport);
    setBusy(false);
}

ReportsPage::~ReportsPage()
{
    // A running export is cancelled and waited for: its temporary file goes with it.
    m_cancel->store(true);
    QThreadPool::globalInstance()->waitForDone();
}

void ReportsPage::setCache(const QString& dataDir, const QList<core::Site>& sites, const QDate& lastDay)
{
    m_dataDir = dataDir;
    m_scope->clear();
    m_scope->addItem(tr("All sites"), QStringLiteral("all"));
    QSet<QString> regions;
    for (const core::Site& s : sites) {
        if (!regions.contains(s.regionName)) {
            regions.insert(s.regionName);
            m_scope->addItem(tr("Region: %1").arg(s.regionName), QStringLiteral("region:") + s.regionName);
        }
    }
    for (const core::Site& s : sites) {
        m_scope->addItem(QStringLiteral("%1 - %2").arg(s.code, s.name), QStringLiteral("site:") + s.code);
    }
    if (lastDay.isValid()) {
        // The last whole month with data (or the month so far when it is the first).
        const QDate monthEnd
            = lastDay.addDays(1).day() == 1 ? lastDay : QDate(lastDay.year(), lastDay.month(), 1).addDays(-1);
        selectPeriod(QDate(monthEnd.year(), monthEnd.month(), 1), monthEnd);
    }
    setBusy(false);
}

void ReportsPage::selectType(const QString& id)
{
    m_type->setCurrentIndex(std::max(0, m_type->findData(id)));
}

void ReportsPage::selectScope(const QString& scope)
{
    const int index = m_scope->findData(scope);
    if (index >= 0) {
        m_scope->setCurrentIndex(index);
    }
}

void ReportsPage::selectPeriod(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportsPage::selectFormat(ReportExport::Format format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(format))));
}

QString ReportsPage::selectedType() const
{
    return m_type->currentData().toString();
}

QString ReportsPage::selectedScope() const
{
    return m_scope->currentData().toString();
}

core::Period ReportsPage::selectedPeriod() const
{
    return { m_from->date(), m_to->date() };
}

ReportExport::Format ReportsPage::selectedFormat() const
{
    return static_cast<ReportExport::Format>(m_format->currentData().toInt());
}

QString ReportsPage::statusText() const
{
    return m_status->text();
}

core::ReportRequest ReportsPage::request() const
{
    core::ReportRequest r;
    r.scope = core::ReportScope::parse(selectedScope()).value_or(core::ReportScope());
    r.period = selectedPeriod();
    r.dataDir = m_dataDir;
    return r;
}

void ReportsPage::setBusy(bool busy)
{
    m_busy = busy;
    const bool ready = !busy && !m_dataDir.isEmpty();
    for (QWidget* w : std::initializer_list<QWidget*>{ m_type, m_scope, m_from, m_to, m_format }) {
        w->setEnabled(!busy);
    }
    m_previewButton->setEnabled(ready);
    m_exportButton->setEnabled(ready);
    m_cancelButton->setEnabled(busy);
}

void ReportsPage::preview()
{
    if (m_busy || m_dataDir.isEmpty()) {
        return;
    }
    setBusy(true);
    m_cancelButton->setEnabled(false); // a preview is quick: nothing to cancel
    m_status->setText(tr("Making the preview..."));
    const QString dataDir = m_dataDir;
    const QString type = selectedType();
    const core::ReportRequest req = request();
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        setBusy(false);
        if (outcome.report) {
            showPreview(*outcome.report);
        } else {
            m_model->clear();
            m_titlePage->clear();
            m_status->setText(outcome.message);
        }
        emit previewReady();
    });
    watcher->setFuture(QtConcurrent::run([dataDir, type, req]() {
        Outcome outcome;
        try {
            core::Database db = core::Cache::openReader(dataDir);
            outcome.report = core::ReportCatalogue::build(db, type, req);
        } catch (const core::DatabaseError& e) {
            outcome.message = e.message();
        } catch (const std::exception& e) {
            outcome.message = QString::fromUtf8(e.what());
        }
        return outcome;
    }));
}

void ReportsPage::showPreview(const core::Report& report)
{
    m_model->clear();
    if (!report.tables.isEmpty()) {
        // The table with the most to show: the office's daily totals, the alerts list.
        const core::ReportTable* table = &report.tables.first();
        for (const core::ReportTable& t : report.tables) {
            if (t.rows.size() > table->rows.size()) {
                table = &t;
            }
        }
        m_model->setHorizontalHeaderLabels(table->header);
        const QList<int> plain = report.plainColumns.value(table->name);
        const QLocale locale;
        constexpr qsizetype PreviewRows = 500;
        for (qsizetype r = 0; r < std::min(table->rows.size(), PreviewRows); ++r) {
            QList<QStandardItem*> items;
            const core::ReportRow& row = table->rows.at(r);
            for (qsizetype c = 0; c < row.size(); ++c) {
                const core::ReportCell& cell = row.at(c);
                auto* item = new QStandardItem(ReportPdfWriter::cellText(cell, locale, plain.contains(int(c))));
                if (!std::holds_alternative<QString>(cell) && !std::holds_alternative<QDate>(cell)) {
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                }
                items.append(item);
            }
            m_model->appendRow(items);
        }
    }
    QImage page(QSize(600, 424) * devicePixelRatioF(), QImage::Format_RGB32);
    page.setDevicePixelRatio(devicePixelRatioF());
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        painter.setRenderHint(QPainter::Antialiasing);
        ReportPdfWriter::paintTitlePage(painter, QRectF(0, 0, 600, 424), report);
    }
    m_titlePage->setPixmap(QPixmap::fromImage(page).scaled(m_titlePage->size() * devicePixelRatioF(),
                                                           Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_status->setText(tr("%1 - %2, %3 to %4. %5 %n row(s).", "", int(report.rowCount()))
                          .arg(report.title, report.scopeText,
                               report.period.from.toString(QStringLiteral("dd/MM/yyyy")),
                               report.period.to.toString(QStringLiteral("dd/MM/yyyy")), report.freshness));
}

void ReportsPage::chooseFile()
{
    const ReportExport::Format format = selectedFormat();
    const QString suggested
        = QStringLiteral("%1-%2-%3.%4")
              .arg(selectedType(), m_from->date().toString(QStringLiteral("yyyyMMdd")),
                   m_to->date().toString(QStringLiteral("yyyyMMdd")), ReportExport::extension(format));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report"), suggested,
        tr("%1 files (*.%2)").arg(ReportExport::extension(format).toUpper(), ReportExport::extension(format)));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

void ReportsPage::exportTo(const QString& path)
{
    if (m_busy || m_dataDir.isEmpty()) {
        emit exportFinished(false, tr("Another export is running."));
        return;
    }
    setBusy(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto job = std::make_shared<Job>();
    m_progress->setRange(0, 0); // the report is being made: no row count yet
    m_progress->setVisible(true);
    m_status->setText(tr("Exporting to %1...").arg(path));
    auto* poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this, job] {
        const qint64 total = job->total.load();
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(job->done.load() * 1000 / total));
        }
    });
    poll->start();

    const QString dataDir = m_dataDir;
    const QString type = selectedType();
    const core::ReportRequest req = request();
    const ReportExport::Format format = selectedFormat();
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, poll, path] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        poll->deleteLater();
        m_progress->setVisible(false);
        setBusy(false);
        QString message = outcome.message;
        if (outcome.written) {
            message = tr("Written: %1").arg(path);
        } else if (outcome.cancelled) {
            message = tr("Export cancelled: no file was written.");
        }
        m_status->setText(message);
        emit exportFinished(outcome.written, message);
    });
    watcher->setFuture(QtConcurrent::run([dataDir, type, req, format, path, cancel, job]() {
        Outcome outcome;
        try {
            core::Database db = core::Cache::openReader(dataDir);
            const core::Report report = core::ReportCatalogue::build(db, type, req);
            core::ReportProgress progress;
            progress.cancel = cancel.get();
            progress.onRows = [job](qint64 done, qint64 total) {
                job->total = total;
                job->done = done;
            };
            job->total = std::max<qint64>(1, report.rowCount());
            if (cancel->load()) {
                throw core::ReportCancelled();
            }
            ReportExport::write(path, format, report, &progress);
            outcome.written = true;
        } catch (const core::ReportCancelled&) {
            outcome.cancelled = true;
        } catch (const core::DatabaseError& e) {
            outcome.message = e.message();
        } catch (const std::exception& e) {
            outcome.message = QString::fromUtf8(e.what());
        }
        return outcome;
    }));
}

void ReportsPage::cancelExport()
{
    m_cancel->store(true);
    m_status->setText(tr("Cancelling..."));
}

} // namespace widgets
