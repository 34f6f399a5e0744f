// Accessibility of every screen of the main window on a demo cache: each control a
// person can reach has a name a screen reader can say, the keyboard alone reaches
// every control (Tab goes round all of them), and with the system font twice as large
// no label is cut short.
#include "tests/testsupport/testdatadir.h"

#include "widgets/dashboardpage.h"
#include "widgets/mainwindow.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QSet>
#include <QTest>

namespace {

using Screen = widgets::MainWindow::Screen;

const QList<std::pair<Screen, const char*>> kScreens = {
    { Screen::Dashboard, "dashboard" }, { Screen::Regional, "regional" }, { Screen::Zones, "zones" },
    { Screen::Alerts, "alerts" },       { Screen::Reports, "reports" },   { Screen::Funding, "funding" },
    { Screen::Sync, "sync" },           { Screen::Settings, "settings" },
};

QString describe(const QWidget* w)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

// The widgets of the window a person reaches with Tab right now.
QList<QWidget*> tabbable(QWidget& window)
{
    QList<QWidget*> list;
    for (QWidget* w : window.findChildren<QWidget*>()) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()
            && w->window() == &window) {
            list.append(w);
        }
    }
    return list;
}

QString accessibleName(QWidget* w)
{
    QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
    return a ? a->text(QAccessible::Name).trimmed() : QString();
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    testsupport::TestDataDir m_demo;

    bool openOn(widgets::MainWindow& window, Screen screen)
    {
        window.showScreen(screen);
        QTest::qWait(300); // the page's queries run on worker threads
        return window.currentScreen() == screen;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_demo.isValid());
        QVERIFY(m_demo.writeDemo().salesRows > 0);
    }

    void everyControlHasAName()
    {
        widgets::MainWindow window(m_demo.path());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitFor([&] { return window.isCacheLoaded(); }, 20000));
        QStringList unnamed;
        for (const auto& [screen, name] : kScreens) {
            QVERIFY2(openOn(window, screen), name);
            for (QWidget* w : tabbable(window)) {
                if (accessibleName(w).isEmpty()) {
                    unnamed << QStringLiteral("%1: %2").arg(QLatin1String(name), describe(w));
                }
            }
        }
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void tabReachesEveryControl()
    {
        widgets::MainWindow window(m_demo.path());
        window.resize(1400, 900);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(QTest::qWaitFor([&] { return window.isCacheLoaded(); }, 20000));
        QStringList missed;
        for (const auto& [screen, name] : kScreens) {
            QVERIFY2(openOn(window, screen), name);
            const QList<QWidget*> controls = tabbable(window);
            QVERIFY2(!controls.isEmpty(), name);
            controls.first()->setFocus(Qt::TabFocusReason);
            QSet<QWidget*> reached;
            for (int i = 0; i < 4 * controls.size() + 10; ++i) {
                QWidget* focus = QApplication::focusWidget();
                if (!focus) {
                    break;
                }
                reached.insert(focus);
                QTest::keyClick(focus, Qt::Key_Tab);
            }
            for (QWidget* w : controls) {
                if (!reached.contains(w)) {
                    missed << QStringLiteral("%1: %2").arg(QLatin1String(name), describe(w));
                }
            }
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QLatin1Char('\n'))));
    }

    void textFollowsTheSystemFont()
    {
        const QFont original = QApplication::font();
        QFont large = original;
        large.setPointSizeF(original.pointSizeF() * 2);
        QApplication::setFont(large);
        widgets::MainWindow window(m_demo.path());
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitFor([&] { return window.isCacheLoaded(); }, 20000));
        QStringList clipped;
        for (const auto& [screen, name] : kScreens) {
            QVERIFY2(openOn(window, screen), name);
            for (QLabel* label : window.findChildren<QLabel*>()) {
                if (!label->isVisible() || label->text().isEmpty() || label->pixmap().isNull() == false) {
                    continue;
                }
                // The label's own font grew with the system's (nothing pins a pixel size)...
                if (label->font().pointSizeF() > 0 && label->font().pointSizeF() < large.pointSizeF() * 0.6) {
                    clipped << QStringLiteral("%1: %2 keeps a small font (%3 pt)")
                                   .arg(QLatin1String(name), describe(label))
                                   .arg(label->font().pointSizeF());
                }
                // ...and one line of it fits in the height it was given.
                if (label->height() + 1 < label->fontMetrics().height()) {
                    clipped << QStringLiteral("%1: %2 is %3 px high for %4 px of text")
                                   .arg(QLatin1String(name), describe(label))
                                   .arg(label->height())
                                   .arg(label->fontMetrics().height());
                }
            }
        }
        QApplication::setFont(original);
        clipped.removeDuplicates();
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "testaccessibility.moc"
