#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAction;
class QObject;
class QWidget;

namespace widgets {

// Exports what a chart widget (a Qt Charts view or any custom-painted widget)
// shows, at its current size: PNG at twice the pixel density (sharp when pasted
// into a report), SVG as vectors through QSvgGenerator. Files are written through
// QSaveFile: a failed export never leaves half a file in place of a good one.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    // Each returns an empty string on success, else the reason in the user's words.
    static QString toPng(QWidget* chart, const QString& path, qreal scale = 2.0);
    static QString toSvg(QWidget* chart, const QString& path, const QString& title = QString());
    // By the file's suffix: ".svg" is SVG, anything else PNG.
    static QString toFile(QWidget* chart, const QString& path, const QString& title = QString());

    // Asks for a file name (PNG or SVG, `baseName` suggested in the user's Pictures
    // folder), writes it and reports a failure in a message box. Returns true when a
    // file was written.
    static bool saveWithDialog(QWidget* chart, const QString& baseName, const QString& title = QString());

    // "Export as PNG…" and "Export as SVG…" actions for `chart`, owned by `owner`:
    // add them to a context menu or a tool button.
    static QList<QAction*> createActions(QWidget* chart, const QString& baseName, QObject* owner);
    // Gives `chart` a context menu with the export actions (Qt::ActionsContextMenu).
    static void addContextMenu(QWidget* chart, const QString& baseName);
};

} // namespace widgets
