#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QWidget>

namespace widgets {

// The milestones of a funded programme on a time axis: one row per line, a marker
// on its deadline (its shape and a legend say its state, not the colour alone),
// and a vertical line on the day the figures are looked at. Painted by hand: no
// Qt Charts needed for a handful of markers.
class FundingTimeline : public QWidget
{
    Q_OBJECT

public:
    enum class State
    {
        OnTrack,
        AtRisk,
        PastDeadline,
        Achieved
    };
    struct Milestone
    {
        QString label; // the line's code
        QString toolTip;
        QDate deadline;
        State state = State::OnTrack;
    };

    explicit FundingTimeline(QWidget* parent = nullptr);

    void setMilestones(const QList<Milestone>& milestones, const QDate& today);
    const QList<Milestone>& milestones() const { return m_milestones; }
    QDate today() const { return m_today; }
    // The axis: from the quarter before the earliest date to the quarter after the last.
    QDate axisStart() const { return m_start; }
    QDate axisEnd() const { return m_end; }

    static QString stateName(State state);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect plotArea() const;
    double xOf(const QDate& date) const;
    int rowAt(const QPoint& pos) const;

    QList<Milestone> m_milestones;
    QDate m_today;
    QDate m_start;
    QDate m_end;
};

} // namespace widgets
