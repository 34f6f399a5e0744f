#include "widgets/kpitile.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>

#include <QVBoxLayout>
#include <cmath>

namespace widgets {

KpiTile::KpiTile(const QString& title, const QString& name, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_detail(new QLabel(this))
    , m_comparison(new QLabel(this))
{
    setObjectName(QStringLiteral("kpiTile"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    m_title->setObjectName(QStringLiteral("kpiTitle"));
    m_value->setObjectName(name);
    m_detail->setObjectName(name + QStringLiteral("Detail"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setWordWrap(true);
    m_comparison->setObjectName(name + QStringLiteral("Comparison"));
    m_comparison->setWordWrap(true);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_value->setFont(big);
    QFont small = m_title->font();
    small.setBold(true);
    m_title->setFont(small);

    setAccessibleName(title);
    m_value->setAccessibleName(title);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addWidget(m_comparison);
}

void KpiTile::setComparison(std::optional<double> change)
{
    if (!change) {
        m_comparison->setText(tr("No figures for the same period last year"));
        m_direction = 0;
        colourComparison();
        return;
    }
    const QLocale locale;
    const QString percent = locale.toString(std::abs(*change) * 100.0, 'f', 1);
    // Arrows and words, not colour alone: readable in any palette and by screen readers.
    m_comparison->setText(*change >= 0 ? tr("▲ +%1 % on the same period last year").arg(percent)
                                       : tr("▼ −%1 % on the same period last year").arg(percent));
    m_direction = *change >= 0 ? 1 : -1;
    colourComparison();
}

void KpiTile::setPointsComparison(std::optional<double> change)
{
    if (!change) {
        setComparison(std::nullopt);
        return;
    }
    const QLocale locale;
    const QString points = locale.toString(std::abs(*change) * 100.0, 'f', 1);
    m_comparison->setText(*change >= 0 ? tr("▲ +%1 points on the same period last year").arg(points)
                                       : tr("▼ −%1 points on the same period last year").arg(points));
    m_direction = *change >= 0 ? 1 : -1;
    colourComparison();
}

void KpiTile::clearComparison()
{
    m_comparison->clear();
    m_direction = 0;
    colourComparison();
}

void KpiTile::colourComparison()
{
    if (m_direction == 0) {
        m_comparison->setStyleSheet(QString());
        return;
    }
    // Darker shades on a light background, lighter ones on a dark palette.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const char* colour = m_direction > 0 ? (dark ? "#6fd08c" : "#1b6e3a") : (dark ? "#ff8a80" : "#b00020");
    m_comparison->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colour)));
}

void KpiTile::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        colourComparison();
    }
    QFrame::changeEvent(event);
}

QString KpiTile::comparison() const
{
    return m_comparison->text();
}

void KpiTile::setValue(const QString& value, const QString& detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
    setAccessibleDescription(detail.isEmpty() ? value : tr("%1, %2").arg(value, detail));
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::detail() const
{
    return m_detail->text();
}

} // namespace widgets
