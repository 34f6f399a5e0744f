#include "widgets/periodpicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>

namespace widgets {

PeriodPicker::PeriodPicker(QWidget* parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    m_preset->setObjectName(QStringLiteral("rangePreset"));
    m_preset->setAccessibleName(tr("Period"));
    for (const auto preset : ReportingPeriod::presets()) {
        m_preset->addItem(ReportingPeriod::name(preset), static_cast<int>(preset));
    }
    // The locale's short date, but never a two-digit year: periods span years.
    QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QLatin1String("yyyy"))) {
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat);
    }
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setObjectName(QStringLiteral("rangeTo"));
    m_to->setAccessibleName(tr("Last day"));

    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_preset);
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(periodLabel);
    layout->addWidget(m_preset);
    layout->addSpacing(8);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    setTabOrder(m_preset, m_from);
    setTabOrder(m_from, m_to);
    setFocusProxy(m_preset);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &PeriodPicker::presetChosen);
    connect(m_from, &QDateEdit::dateChanged, this, [this] { dateEdited(m_from); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { dateEdited(m_to); });
}

void PeriodPicker::setDataRange(const QDate& firstDay, const QDate& lastDay)
{
    m_lastDay = lastDay;
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    // A year before the data, for last year's figures, and the rest of the last year.
    m_from->setDateRange(firstDay.addYears(-1), QDate(lastDay.year(), 12, 31));
    m_to->setDateRange(firstDay.addYears(-1), QDate(lastDay.year(), 12, 31));
    if (preset() != ReportingPeriod::Preset::Custom) {
        const auto [from, to] = ReportingPeriod::range(preset(), m_lastDay);
        m_from->setDate(from);
        m_to->setDate(to);
    }
}

void PeriodPicker::selectPreset(ReportingPeriod::Preset preset)
{
    const int index = m_preset->findData(static_cast<int>(preset));
    if (index == m_preset->currentIndex()) {
        presetChosen();
    } else {
        m_preset->setCurrentIndex(index);
    }
}

void PeriodPicker::selectRange(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker blockPreset(m_preset);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(ReportingPeriod::Preset::Custom)));
        m_from->setDate(from);
        m_to->setDate(to);
    }
    emit periodChanged();
}

core::Period PeriodPicker::period() const
{
    return { m_from->date(), m_to->date() };
}

ReportingPeriod::Preset PeriodPicker::preset() const
{
    return static_cast<ReportingPeriod::Preset>(m_preset->currentData().toInt());
}

void PeriodPicker::presetChosen()
{
    if (preset() != ReportingPeriod::Preset::Custom && m_lastDay.isValid()) {
        const auto [from, to] = ReportingPeriod::range(preset(), m_lastDay);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    emit periodChanged();
}

void PeriodPicker::dateEdited(QDateEdit* edited)
{
    if (edited == m_from && m_from->date() > m_to->date()) {
        const QSignalBlocker block(m_to);
        m_to->setDate(m_from->date());
    } else if (edited == m_to && m_to->date() < m_from->date()) {
        const QSignalBlocker block(m_from);
        m_from->setDate(m_to->date());
    }
    {
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(ReportingPeriod::Preset::Custom)));
    }
    emit periodChanged();
}

} // namespace widgets
