// The hour x weekday heatmap: exact values on hover and from the keyboard, the
// accessible description, the columns shown, a picture that is not blank.
#include "widgets/heatmapview.h"

#include <QHelpEvent>
#include <QLocale>
#include <QTest>
#include <QToolTip>

class TestHeatmapView : public QObject
{
    Q_OBJECT

private slots:
    void cellsReadTheirExactValue();
    void hoverShowsTheCell();
    void keyboardMovesBetweenCells();
    void emptyHeatmapSaysSo();
};

namespace {
core::Heatmap sample()
{
    core::Heatmap h{};
    h[0][9] = 3; // Monday 09:00
    h[5][11] = 1234; // Saturday 11:00, the busiest
    h[6][17] = 56; // Sunday 17:00
    return h;
}
} // namespace

void TestHeatmapView::cellsReadTheirExactValue()
{
    widgets::HeatmapView view;
    view.setHeatmap(sample());
    QCOMPARE(view.firstHour(), 9);
    QCOMPARE(view.lastHour(), 17);
    const QLocale locale;
    QCOMPARE(view.cellText(5, 11), widgets::HeatmapView::tr("%1, %2: %3 visitors")
                                       .arg(locale.standaloneDayName(6, QLocale::LongFormat),
                                            QStringLiteral("11:00–12:00"), locale.toString(1234)));
    QCOMPARE(view.accessibleDescription(),
             widgets::HeatmapView::tr("Busiest: %1. Use the arrow keys to read each hour.").arg(view.cellText(5, 11)));
}

void TestHeatmapView::hoverShowsTheCell()
{
    widgets::HeatmapView view;
    view.setHeatmap(sample());
    view.resize(600, 220);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Find the Saturday 11:00 cell by scanning: cellAt is the inverse of the painting.
    QPoint found(-1, -1);
    for (int y = 0; y < view.height() && found.x() < 0; y += 2) {
        for (int x = 0; x < view.width(); x += 2) {
            if (view.cellAt({ x, y }) == std::make_pair(5, 11)) {
                found = { x + 4, y + 4 };
                break;
            }
        }
    }
    QVERIFY(found.x() >= 0);
    QCOMPARE(view.cellAt(found), std::make_pair(5, 11));
    QCOMPARE(view.cellAt({ 2, 2 }), std::make_pair(-1, -1)); // the weekday labels
    QHelpEvent help(QEvent::ToolTip, found, view.mapToGlobal(found));
    QApplication::sendEvent(&view, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), view.cellText(5, 11));
    QToolTip::hideText();

    // The picture shows the busiest cell darker than the empty ones.
    const QImage image = view.grab().toImage();
    QVERIFY(QColor(image.pixel(found)).lightness() < QColor(image.pixel(view.width() - 12, 12)).lightness());
}

void TestHeatmapView::keyboardMovesBetweenCells()
{
    widgets::HeatmapView view;
    view.setHeatmap(sample());
    view.show();
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Right); // the first key lands on Monday, first hour
    QCOMPARE(view.currentCell(), std::make_pair(0, 9));
    QCOMPARE(view.accessibleDescription(), view.cellText(0, 9));
    QTest::keyClick(&view, Qt::Key_Down);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.currentCell(), std::make_pair(1, 10));
    for (int i = 0; i < 30; ++i) {
        QTest::keyClick(&view, Qt::Key_Right); // stops at the last hour shown
    }
    QCOMPARE(view.currentCell(), std::make_pair(1, 17));
}

void TestHeatmapView::emptyHeatmapSaysSo()
{
    widgets::HeatmapView view;
    view.setHeatmap({});
    QCOMPARE(view.accessibleDescription(), widgets::HeatmapView::tr("No visitors in the period."));
    QCOMPARE(view.firstHour(), 8);
    QCOMPARE(view.lastHour(), 19);
}

QTEST_MAIN(TestHeatmapView)
#include "testheatmapview.moc"
