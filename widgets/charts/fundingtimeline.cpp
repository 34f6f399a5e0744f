#include "widgets/charts/fundingtimeline.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace widgets {

namespace {

constexpr int kRowHeight = 18;
constexpr int kLabelWidth = 110;
constexpr int kAxisHeight = 22;
constexpr int kLegendHeight = 24;

QColor colourOf(FundingTimeline::State state)
{
    switch (state) {
    case FundingTimeline::State::AtRisk:
        return QColor(0xd9, 0x8c, 0x00);
    case FundingTimeline::State::PastDeadline:
        return QColor(0xc6, 0x28, 0x28);
    case FundingTimeline::State::Achieved:
        return QColor(0x2e, 0x7d, 0x32);
    case FundingTimeline::State::OnTrack:
        break;
    }
    return QColor(0x1e, 0x6f, 0xd9);
}

// A distinct shape per state: circle on track, triangle at risk, cross past the deadline, square achieved.
void drawMarker(QPainter& p, const QPointF& c, FundingTimeline::State state, double r)
{
    const QColor colour = colourOf(state);
    p.setPen(QPen(colour.darker(130), 1.2));
    p.setBrush(colour);
    switch (state) {
    case FundingTimeline::State::OnTrack:
        p.drawEllipse(c, r, r);
        break;
    case FundingTimeline::State::AtRisk: {
        QPainterPath path;
        path.moveTo(c.x(), c.y() - r - 1);
        path.lineTo(c.x() + r + 1, c.y() + r);
        path.lineTo(c.x() - r - 1, c.y() + r);
        path.closeSubpath();
        p.drawPath(path);
        break;
    }
    case FundingTimeline::State::PastDeadline:
        p.setPen(QPen(colour, 2.6));
        p.drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r));
        p.drawLine(QPointF(c.x() - r, c.y() + r), QPointF(c.x() + r, c.y() - r));
        break;
    case FundingTimeline::State::Achieved:
        p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        break;
    }
}

QDate quarterStart(const QDate& d)
{
    return QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1);
}

} // namespace

FundingTimeline::FundingTimeline(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("fundingTimeline"));
    setAccessibleName(tr("Milestones timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

QString FundingTimeline::stateName(State state)
{
    switch (state) {
    case State::AtRisk:
        return tr("At risk");
    case State::PastDeadline:
        return tr("Past deadline, target not met");
    case State::Achieved:
        return tr("Target met");
    case State::OnTrack:
        break;
    }
    return tr("On track");
}

void FundingTimeline::setMilestones(const QList<Milestone>& milestones, const QDate& today)
{
    m_milestones = milestones;
    m_today = today;
    QDate first = today;
    QDate last = today;
    for (const Milestone& m : milestones) {
        if (m.deadline.isValid()) {
            first = std::min(first, m.deadline);
            last = std::max(last, m.deadline);
        }
    }
    m_start = quarterStart(first).addMonths(-3);
    m_end = quarterStart(last).addMonths(6).addDays(-1);
    updateGeometry();
    update();
}

QSize FundingTimeline::sizeHint() const
{
    return { 640, kAxisHeight + kLegendHeight + 16 + kRowHeight * int(std::max<qsizetype>(1, m_milestones.size())) };
}

QSize FundingTimeline::minimumSizeHint() const
{
    return { 320, sizeHint().height() };
}

QRect FundingTimeline::plotArea() const
{
    return QRect(kLabelWidth, kAxisHeight, std::max(10, width() - kLabelWidth - 16),
                 kRowHeight * int(std::max<qsizetype>(1, m_milestones.size())));
}

double FundingTimeline::xOf(const QDate& date) const
{
    const QRect area = plotArea();
    const double span = std::max<qint64>(1, m_start.daysTo(m_end));
    return area.left() + area.width() * double(m_start.daysTo(date)) / span;
}

int FundingTimeline::rowAt(const QPoint& pos) const
{
    const QRect area = plotArea();
    if (pos.y() < area.top() || pos.y() >= area.bottom()) {
        return -1;
    }
    const int row = (pos.y() - area.top()) / kRowHeight;
    return row < m_milestones.size() ? row : -1;
}

bool FundingTimeline::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const int row = rowAt(help->pos());
        if (row >= 0) {
            QToolTip::showText(help->globalPos(), m_milestones[row].toolTip, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(e);
}

void FundingTimeline::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    if (!m_start.isValid()) {
        return;
    }
    const QRect area = plotArea();
    const QColor grid = palette().mid().color();
    const QColor text = palette().text().color();

    // Quarters as light bands, years labelled above.
    p.setFont(font());
    for (QDate q = m_start; q <= m_end; q = q.addMonths(3)) {
        const double x = xOf(q);
        p.setPen(QPen(grid, q.month() == 1 ? 1.2 : 0.5, q.month() == 1 ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        if (q.month() == 1 || q == m_start) {
            p.setPen(text);
            p.drawText(QRectF(x + 3, 2, 60, kAxisHeight - 4), Qt::AlignLeft | Qt::AlignVCenter,
                       QString::number(q.year()));
        }
    }
    // Rows: label, then the marker on the deadline.
    for (int i = 0; i < m_milestones.size(); ++i) {
        const Milestone& m = m_milestones[i];
        const int y = area.top() + i * kRowHeight;
        if (i % 2 == 1) {
            p.fillRect(QRect(0, y, width(), kRowHeight), palette().alternateBase());
        }
        p.setPen(text);
        p.drawText(QRect(6, y, kLabelWidth - 10, kRowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(m.label, Qt::ElideRight, kLabelWidth - 10));
        if (m.deadline.isValid()) {
            drawMarker(p, QPointF(xOf(m.deadline), y + kRowHeight / 2.0), m.state, 4.5);
        }
    }
    // Today.
    if (m_today.isValid()) {
        const double x = xOf(m_today);
        p.setPen(QPen(QColor(0x44, 0x44, 0x44), 1.6, Qt::DashLine));
        p.drawLine(QPointF(x, area.top() - 4), QPointF(x, area.bottom() + 2));
        p.setPen(text);
        const QString label = tr("Today %1").arg(QLocale().toString(m_today, QLocale::ShortFormat));
        p.drawText(QRectF(x - 80, area.bottom() + 2, 160, 16), Qt::AlignHCenter | Qt::AlignTop, label);
    }
    // Legend: shape and words for each state.
    int x = kLabelWidth;
    const int y = area.bottom() + 20;
    for (const State s : { State::OnTrack, State::AtRisk, State::PastDeadline, State::Achieved }) {
        drawMarker(p, QPointF(x + 5, y + 8), s, 4.5);
        p.setPen(text);
        const QString name = stateName(s);
        p.drawText(QRect(x + 14, y, 260, 16), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += 14 + fontMetrics().horizontalAdvance(name) + 18;
    }
}

} // namespace widgets
