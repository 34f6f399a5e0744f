// Accessibility of every screen of the main window on a demo cache: each control a
// person can reach has a name a screen reader can say, the keyboard alone reaches
// every control (Tab goes round all of them), a high-contrast palette keeps every
// label readable, and with the system font twice as large no label is cut short.
#include "tests/testsupport/testdatadir.h"

#include "widgets/dashboardpage.h"
#include "widgets/mainwindow.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QSet>
#include <QTest>

#include <cmath>

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

    // A high-contrast palette (white on black, yellow selection): every label's text
    // keeps a contrast of at least 4.5:1 (WCAG AA) against what it is drawn on, so
    // nothing the app colours itself fades away.
    void highContrastPaletteStaysReadable()
    {
        const QPalette original = QApplication::palette();
        QPalette contrast;
        contrast.setColor(QPalette::Window, Qt::black);
        contrast.setColor(QPalette::WindowText, Qt::white);
        contrast.setColor(QPalette::Base, Qt::black);
        contrast.setColor(QPalette::AlternateBase, QColor(0x20, 0x20, 0x20));
        contrast.setColor(QPalette::Text, Qt::white);
        contrast.setColor(QPalette::Button, Qt::black);
        contrast.setColor(QPalette::ButtonText, Qt::white);
        contrast.setColor(QPalette::Highlight, Qt::yellow);
        contrast.setColor(QPalette::HighlightedText, Qt::black);
        contrast.setColor(QPalette::ToolTipBase, Qt::black);
        contrast.setColor(QPalette::ToolTipText, Qt::white);
        contrast.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
        contrast.setColor(QPalette::Link, Qt::cyan);
        QApplication::setPalette(contrast);
        widgets::MainWindow window(m_demo.path());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitFor([&] { return window.isCacheLoaded(); }, 20000));
        const auto luminance = [](const QColor& c) {
            const auto channel = [](double v) {
                v /= 255.0;
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
        };
        QStringList faint;
        for (const auto& [screen, name] : kScreens) {
            QVERIFY2(openOn(window, screen), name);
            for (QLabel* label : window.findChildren<QLabel*>()) {
                if (!label->isVisible() || label->text().trimmed().isEmpty()) {
                    continue;
                }
                // What the label is drawn on: the nearest widget that fills its background.
                QColor background = contrast.color(QPalette::Window);
                for (QWidget* w = label; w; w = w->parentWidget()) {
                    if (w->autoFillBackground()) {
                        background = w->palette().color(w->backgroundRole());
                        break;
                    }
                }
                const QColor text = label->palette().color(label->isEnabled() ? QPalette::Active : QPalette::Disabled,
                                                           label->foregroundRole());
                const double a = luminance(text) + 0.05;
                const double b = luminance(background) + 0.05;
                const double ratio = std::max(a, b) / std::min(a, b);
                if (ratio < 4.5) {
                    faint << QStringLiteral("%1: %2 (%3 on %4, %5:1)")
                                 .arg(QLatin1String(name), describe(label), text.name(), background.name())
                                 .arg(ratio, 0, 'f', 1);
                }
            }
        }
        QApplication::setPalette(original);
        faint.removeDuplicates();
        QVERIFY2(faint.isEmpty(), qPrintable(faint.join(QLatin1Char('\n'))));
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
