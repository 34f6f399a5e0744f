#include "widgets/fundingpage.h"

#include "core/cache.h"
#include "core/database.h"
#include "core/fundingimport.h"
#include "core/fundingreport.h"
#include "core/rometime.h"
#include "widgets/charts/fundingtimeline.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

namespace widgets {

namespace {

const QColor kAtRisk(0xfff1d6);
const QColor kPast(0xfde0e0);
const QColor kMet(0xe3f4e4);

// A ratio as a bar behind its percentage: the text is always there, the bar only helps
// the eye. Bars past 100% (spent more than committed) are drawn full, in amber.
class RatioBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QVariant ratio = index.data(FundingPage::RatioRole);
        if (ratio.isValid()) {
            const double r = ratio.toDouble();
            QRectF bar = QRectF(option.rect).adjusted(3, 4, -3, -4);
            painter->save();
            painter->setPen(Qt::NoPen);
            painter->setBrush(option.palette.alternateBase());
            painter->drawRect(bar);
            bar.setWidth(bar.width() * std::clamp(r, 0.0, 1.0));
            painter->setBrush(r > 1.0 ? QColor(0xe0, 0xa0, 0x30) : QColor(0x9c, 0xc3, 0xf0));
            painter->drawRect(bar);
            painter->restore();
        }
        QStyleOptionViewItem plain = option;
        initStyleOption(&plain, index);
        plain.backgroundBrush = Qt::NoBrush;
        QStyledItemDelegate::paint(painter, plain, index);
    }
};

QStandardItem* textItem(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

QStandardItem* numberItem(const QString& text, const QVariant& sortValue = {})
{
    auto* item = textItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (sortValue.isValid()) {
        item->setData(sortValue, Qt::UserRole + 3);
    }
    return item;
}

QStandardItem* moneyItem(core::Money money)
{
    auto* item = numberItem(money.toString(QLocale()));
    item->setData(QVariant::fromValue<qlonglong>(money.cents()), FundingPage::CentsRole);
    return item;
}

QStandardItem* ratioItem(const std::optional<double>& ratio)
{
    if (!ratio) {
        return numberItem(QStringLiteral("–"));
    }
    auto* item = numberItem(QLocale().toString(*ratio * 100.0, 'f', 1) + QLatin1Char('%'));
    item->setData(*ratio, FundingPage::RatioRole);
    return item;
}

QString percentText(const std::optional<double>& ratio)
{
    return ratio ? QLocale().toString(*ratio * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("–");
}

FundingTimeline::State stateOf(const core::FundingLine& line, const core::FundingMonitor::LineStatus& s)
{
    if (s.pastDeadline) {
        return FundingTimeline::State::PastDeadline;
    }
    if (s.atRisk) {
        return FundingTimeline::State::AtRisk;
    }
    return line.achieved() ? FundingTimeline::State::Achieved : FundingTimeline::State::OnTrack;
}

} // namespace

FundingPage::FundingPage(QWidget* parent)
    : QWidget(parent)
    , m_day(core::RomeTime::localDate(QDateTime::currentSecsSinceEpoch()))
{
    setObjectName(QStringLiteral("fundingPage"));

    m_title = new QLabel(tr("Funded projects"), this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_tableChoice = new QComboBox(this);
    m_tableChoice->setAccessibleName(tr("Funding table"));
    m_tableChoice->setMinimumContentsLength(12);
    m_dayEdit = new QDateEdit(m_day, this);
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setAccessibleName(tr("Figures as on"));
    m_riskMonths = new QSpinBox(this);
    m_riskMonths->setRange(0, 120);
    m_riskMonths->setValue(m_thresholds.riskMonths);
    m_riskMonths->setSuffix(tr(" months"));
    m_riskMonths->setAccessibleName(tr("At risk: deadline within"));
    m_riskSpent = new QSpinBox(this);
    m_riskSpent->setRange(0, 100);
    m_riskSpent->setValue(qRound(m_thresholds.minSpentOfFunded * 100));
    m_riskSpent->setSuffix(QStringLiteral("%"));
    m_riskSpent->setAccessibleName(tr("At risk: spent below"));
    m_import = new QPushButton(tr("Import…"), this);
    m_import->setToolTip(tr("Import a funding table or digitisation progress from CSV or XLSX"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addStretch(1);
    bar->addWidget(m_tableChoice);
    bar->addWidget(new QLabel(tr("As on"), this));
    bar->addWidget(m_dayEdit);
    bar->addWidget(new QLabel(tr("At risk: deadline within"), this));
    bar->addWidget(m_riskMonths);
    bar->addWidget(new QLabel(tr("and spent below"), this));
    bar->addWidget(m_riskSpent);
    bar->addWidget(m_import);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fundingMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("fundingSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_lineModel = new QStandardItemModel(0, ColumnCount, this);
    // The flag and the ratios first, next to the line; the amounts after them.
    m_lineModel->setHorizontalHeaderLabels({ tr("Code"), tr("Description"), tr("Deadline"), tr("Months left"),
                                             tr("Flag"), tr("Committed/funded"), tr("Spent/committed"),
                                             tr("Spent/funded"), tr("Funded"), tr("Committed"), tr("In progress"),
                                             tr("Spent"), tr("Status") });
    m_lineModel->horizontalHeaderItem(InProgressColumn)->setToolTip(tr("Commitments in progress"));
    m_lines = new QTableView(this);
    m_lines->setObjectName(QStringLiteral("fundingLines"));
    m_lines->setAccessibleName(tr("Funded lines"));
    m_lines->setModel(m_lineModel);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setAlternatingRowColors(true);
    m_lines->verticalHeader()->hide();
    m_lines->setWordWrap(true);
    m_lines->horizontalHeader()->setStretchLastSection(true);
    auto* bars = new RatioBarDelegate(m_lines);
    for (const int c : { CommittedOfFundedColumn, SpentOfCommittedColumn, SpentOfFundedColumn }) {
        m_lines->setItemDelegateForColumn(c, bars);
    }

    m_timeline = new FundingTimeline(this);

    m_digitisationModel = new QStandardItemModel(0, DigitisationColumnCount, this);
    m_digitisationModel->setHorizontalHeaderLabels({ tr("Site"), tr("Work sites planned"), tr("Active"),
                                                     tr("Concluded"), tr("To start"), tr("Resources produced"),
                                                     tr("Resources target"), tr("Produced"), tr("Target date") });
    m_digitisation = new QTableView(this);
    m_digitisation->setObjectName(QStringLiteral("digitisation"));
    m_digitisation->setAccessibleName(tr("Digitisation progress per site"));
    m_digitisation->setModel(m_digitisationModel);
    m_digitisation->setAlternatingRowColors(true);
    m_digitisation->verticalHeader()->hide();
    m_digitisation->horizontalHeader()->setSectionResizeMode(SiteColumn, QHeaderView::Stretch);
    m_digitisation->setItemDelegateForColumn(ProducedShareColumn, new RatioBarDelegate(m_digitisation));
    m_digitisationSummary = new QLabel(this);
    m_digitisationSummary->setWordWrap(true);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    m_lines->setMinimumHeight(440);
    layout->addWidget(m_lines, 4);
    auto* milestones = new QLabel(tr("Milestones"), content);
    milestones->setFont(QFont(font().family(), font().pointSize(), QFont::Bold));
    layout->addWidget(milestones);
    layout->addWidget(m_timeline);
    auto* digitisation = new QLabel(tr("Digitisation work per site"), content);
    digitisation->setFont(milestones->font());
    layout->addWidget(digitisation);
    layout->addWidget(m_digitisationSummary);
    m_digitisation->setMinimumHeight(140);
    layout->addWidget(m_digitisation, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("fundingScroll"));
    scroll->setAccessibleName(tr("Funded projects"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_import, &QPushButton::clicked, this, &FundingPage::chooseFile);
    connect(m_tableChoice, &QComboBox::currentIndexChanged, this, [this] { showTable(); });
    connect(m_dayEdit, &QDateEdit::dateChanged, this, [this](const QDate& day) {
        m_day = day;
        showTable();
    });
    const auto thresholdsChanged = [this] {
        m_thresholds.riskMonths = m_riskMonths->value();
        m_thresholds.minSpentOfFunded = m_riskSpent->value() / 100.0;
        showTable();
    };
    connect(m_riskMonths, &QSpinBox::valueChanged, this, thresholdsChanged);
    connect(m_riskSpent, &QSpinBox::valueChanged, this, thresholdsChanged);
    present(FundingFigures());
}

FundingFigures FundingPage::load(const QString& dataDir)
{
    FundingFigures figures;
    try {
        if (!core::Cache::exists(dataDir)) {
            return figures;
        }
        core::Database db = core::Cache::openReader(dataDir);
        if (db.scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'funding_tables'") == 0) {
            return figures; // a cache from before funding tables: nothing imported yet
        }
        core::FundingStore store(db);
        figures.tables = store.tables();
        figures.digitisation = store.digitisation();
    } catch (const std::exception& e) {
        figures.error = tr("The funding tables could not be read: %1").arg(QString::fromUtf8(e.what()));
    }
    return figures;
}

FundingPage::ImportOutcome FundingPage::importFile(const QString& dataDir, const QString& path)
{
    ImportOutcome outcome;
    const core::FundingImport::Result result = core::FundingImport::parseFile(path);
    if (!result.ok()) {
        QStringList lines;
        for (qsizetype i = 0; i < result.problems.size() && i < 10; ++i) {
            lines.append(result.problems[i].toString());
        }
        if (result.problems.size() > 10) {
            lines.append(tr("… and %1 more.").arg(result.problems.size() - 10));
        }
        outcome.message = tr("%1 was not imported, nothing of it was stored:\n%2")
                              .arg(QFileInfo(path).fileName(), lines.join(QLatin1Char('\n')));
        return outcome;
    }
    try {
        core::Database db = core::Cache::openWriter(dataDir);
        core::FundingStore store(db);
        if (result.kind == core::FundingImport::Kind::Digitisation) {
            store.storeDigitisation(result.digitisation);
            outcome.message = tr("Imported the digitisation progress from %1; sites: %2.")
                                  .arg(QFileInfo(path).fileName())
                                  .arg(result.digitisation.size());
        } else {
            store.store(result.table, QDateTime::currentSecsSinceEpoch());
            outcome.message = tr("Imported %1 (%2 lines) from %3.")
                                  .arg(result.table.code)
                                  .arg(result.table.lines.size())
                                  .arg(QFileInfo(path).fileName());
        }
        outcome.ok = true;
    } catch (const std::exception& e) {
        outcome.message = tr("%1 was not imported: %2").arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what()));
    }
    return outcome;
}

void FundingPage::setDataDir(const QString& dataDir)
{
    m_dataDir = dataDir;
    reload();
}

void FundingPage::setDay(const QDate& day)
{
    m_dayEdit->setDate(day); // dateChanged sets m_day and shows the table again
}

void FundingPage::setThresholds(const core::FundingMonitor::Thresholds& thresholds)
{
    const QSignalBlocker months(m_riskMonths);
    const QSignalBlocker spent(m_riskSpent);
    m_riskMonths->setValue(thresholds.riskMonths);
    m_riskSpent->setValue(qRound(thresholds.minSpentOfFunded * 100));
    m_thresholds = thresholds;
    showTable();
}

void FundingPage::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    m_import->setEnabled(m_busy == 0);
}

void FundingPage::reload()
{
    if (m_dataDir.isEmpty()) {
        return;
    }
    setBusy(true);
    auto* watcher = new QFutureWatcher<FundingFigures>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        setBusy(false);
        present(watcher->result());
        emit loaded();
    });
    watcher->setFuture(QtConcurrent::run(&FundingPage::load, m_dataDir));
}

void FundingPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a funding table"), QString(),
                                                      tr("Tables (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty()) {
        startImport(path);
    }
}

void FundingPage::startImport(const QString& path)
{
    if (m_dataDir.isEmpty() || isBusy()) {
        return;
    }
    setBusy(true);
    m_message->setText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    m_message->setStyleSheet(QString());
    m_message->show();
    auto* watcher = new QFutureWatcher<ImportOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        setBusy(false);
        const ImportOutcome outcome = watcher->result();
        m_message->setText(outcome.message);
        m_message->setStyleSheet(outcome.ok ? QStringLiteral("color: #1b5e20;")
                                            : QStringLiteral("color: #b71c1c; font-weight: bold;"));
        if (outcome.ok) {
            connect(
                this, &FundingPage::loaded, this, [this] { emit importFinished(true); }, Qt::SingleShotConnection);
            reload();
        } else {
            emit importFinished(false);
        }
    });
    watcher->setFuture(QtConcurrent::run(&FundingPage::importFile, m_dataDir, path));
}

void FundingPage::present(const FundingFigures& figures)
{
    m_figures = figures;
    const QString current = m_tableChoice->currentData().toString();
    {
        const QSignalBlocker block(m_tableChoice);
        m_tableChoice->clear();
        for (const core::FundingTable& t : figures.tables) {
            m_tableChoice->addItem(t.code, t.code);
        }
        const int again = m_tableChoice->findData(current);
        m_tableChoice->setCurrentIndex(again >= 0 ? again : 0);
        m_tableChoice->setVisible(figures.tables.size() > 1);
    }
    if (!figures.error.isEmpty()) {
        m_message->setText(figures.error);
        m_message->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
        m_message->show();
    }
    showTable();

    m_digitisationModel->removeRows(0, m_digitisationModel->rowCount());
    std::int64_t planned = 0, active = 0, concluded = 0, produced = 0, target = 0;
    const QLocale locale;
    for (const core::DigitisationProgress& p : figures.digitisation) {
        const std::optional<double> share = p.resourcesTarget > 0
            ? std::optional<double>(double(p.resourcesProduced) / double(p.resourcesTarget))
            : std::nullopt;
        QList<QStandardItem*> row{
            textItem(p.siteName.isEmpty() ? p.siteCode : QStringLiteral("%1 (%2)").arg(p.siteName, p.siteCode)),
            numberItem(locale.toString(p.planned)),
            numberItem(locale.toString(p.active)),
            numberItem(locale.toString(p.concluded)),
            numberItem(locale.toString(p.toStart())),
            numberItem(locale.toString(qlonglong(p.resourcesProduced))),
            numberItem(locale.toString(qlonglong(p.resourcesTarget))),
            ratioItem(share),
            textItem(p.targetDate.isValid() ? locale.toString(p.targetDate, QLocale::ShortFormat) : QString())
        };
        m_digitisationModel->appendRow(row);
        planned += p.planned;
        active += p.active;
        concluded += p.concluded;
        produced += p.resourcesProduced;
        target += p.resourcesTarget;
    }
    m_digitisation->resizeColumnsToContents();
    m_digitisation->horizontalHeader()->setSectionResizeMode(SiteColumn, QHeaderView::Stretch);
    if (figures.digitisation.isEmpty()) {
        m_digitisationSummary->setText(
            tr("No digitisation progress imported: a table with the columns sito, cantieri previsti, cantieri "
               "attivi, cantieri conclusi, risorse prodotte, obiettivo risorse, data obiettivo."));
    } else {
        m_digitisationSummary->setText(
            tr("Work sites: %1 planned, %2 active, %3 concluded, %4 still to start. Digital resources: %5 of %6 "
               "(%7).")
                .arg(
                    locale.toString(qlonglong(planned)), locale.toString(qlonglong(active)),
                    locale.toString(qlonglong(concluded)), locale.toString(qlonglong(planned - active - concluded)),
                    locale.toString(qlonglong(produced)), locale.toString(qlonglong(target)),
                    percentText(target > 0 ? std::optional<double>(double(produced) / double(target)) : std::nullopt)));
    }
}

void FundingPage::showTable()
{
    m_lineModel->removeRows(0, m_lineModel->rowCount());
    const QString code = m_tableChoice->currentData().toString();
    const core::FundingTable* table = nullptr;
    for (const core::FundingTable& t : m_figures.tables) {
        if (t.code == code) {
            table = &t;
        }
    }
    if (!table) {
        m_evaluation = core::FundingMonitor::Evaluation();
        m_summary->setText(tr("No funding table imported yet. Import the ministry's table (CSV or XLSX: "
                              "description with the line's code, target, deadline such as T4-2025, status, "
                              "funded, committed, commitments in progress, spent, notes) with Import…, or sync "
                              "with the hub."));
        m_timeline->setMilestones({}, m_day);
        return;
    }
    m_evaluation = core::FundingMonitor::evaluate(*table, m_day, m_thresholds);
    const QLocale locale;
    QList<FundingTimeline::Milestone> milestones;
    for (qsizetype i = 0; i < table->lines.size(); ++i) {
        const core::FundingLine& line = table->lines[i];
        const core::FundingMonitor::LineStatus& s = m_evaluation.lines[i];
        const FundingTimeline::State state = stateOf(line, s);
        const QString flag = state == FundingTimeline::State::OnTrack ? QString() : FundingTimeline::stateName(state);
        auto* codeItem = textItem(line.parent >= 0 ? QStringLiteral("   ") + line.code : line.code);
        if (line.parent < 0) {
            QFont bold = codeItem->font();
            bold.setBold(true);
            codeItem->setFont(bold);
        }
        auto* description = textItem(line.description);
        description->setToolTip(line.target.isEmpty() ? line.description
                                                      : tr("%1\nTarget: %2").arg(line.description, line.target));
        auto* flagItem = textItem(flag);
        if (state == FundingTimeline::State::AtRisk) {
            flagItem->setBackground(kAtRisk);
        } else if (state == FundingTimeline::State::PastDeadline) {
            flagItem->setBackground(kPast);
        } else if (state == FundingTimeline::State::Achieved) {
            flagItem->setBackground(kMet);
        }
        auto* deadline = textItem(line.deadlineText);
        if (line.deadline.isValid()) {
            deadline->setToolTip(locale.toString(line.deadline, QLocale::LongFormat));
        }
        QList<QStandardItem*> row{
            codeItem,
            description,
            deadline,
            numberItem(s.monthsLeft ? locale.toString(*s.monthsLeft) : QString()),
            flagItem,
            ratioItem(s.ratios.committedOfFunded),
            ratioItem(s.ratios.spentOfCommitted),
            ratioItem(s.ratios.spentOfFunded),
            moneyItem(line.funded),
            moneyItem(line.committed),
            moneyItem(line.inProgress),
            moneyItem(line.spent),
            textItem(line.status),
        };
        m_lineModel->appendRow(row);
        FundingTimeline::Milestone m;
        m.label = line.code;
        m.deadline = line.deadline;
        m.state = state;
        m.toolTip = tr("%1 %2\nTarget: %3\nDeadline: %4\n%5")
                        .arg(line.code, line.description, line.target, line.deadlineText,
                             flag.isEmpty() ? FundingTimeline::stateName(state) : flag);
        milestones.append(m);
    }
    // The figures keep their width; the description wraps in what is left, so the ratios stay in view.
    m_lines->resizeColumnsToContents();
    m_lines->setColumnWidth(DescriptionColumn, 230);
    for (const int c : { CommittedOfFundedColumn, SpentOfCommittedColumn, SpentOfFundedColumn }) {
        m_lines->setColumnWidth(c, 110);
    }
    m_lines->resizeRowsToContents();
    m_timeline->setMilestones(milestones, m_day);

    QString summary
        = tr("<b>%1</b><br>Funded %2 · committed %3 (%4 of the funding) · commitments in progress %5 "
             "· spent %6 (%7 of the commitments, %8 of the funding).")
              .arg(table->title.isEmpty() ? table->code : table->title.toHtmlEscaped(),
                   m_evaluation.funded.toString(locale), m_evaluation.committed.toString(locale),
                   percentText(m_evaluation.total.committedOfFunded), m_evaluation.inProgress.toString(locale),
                   m_evaluation.spent.toString(locale), percentText(m_evaluation.total.spentOfCommitted),
                   percentText(m_evaluation.total.spentOfFunded));
    summary += QStringLiteral("<br>")
        + tr("On %1: lines at risk %2, past the deadline with the target not met %3.")
              .arg(locale.toString(m_day, QLocale::ShortFormat))
              .arg(m_evaluation.atRisk)
              .arg(m_evaluation.pastDeadline);
    if (m_evaluation.mismatches.isEmpty()) {
        summary += QStringLiteral(" ") + tr("The sub-lines add up to their parent lines.");
    }
    for (const core::FundingMonitor::Mismatch& mm : m_evaluation.mismatches) {
        summary += QStringLiteral("<br><span style='color:#b71c1c'>")
            + tr("Check: the sub-lines of %1 add up to %2 (%3), the line says %4.")
                  .arg(table->lines[mm.parent].code, mm.childrenSum.toString(locale),
                       core::FundingReport::amountName(mm.field), mm.parentAmount.toString(locale))
            + QStringLiteral("</span>");
    }
    m_summary->setText(summary);
}

} // namespace widgets
