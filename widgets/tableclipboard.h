#pragma once

#include <QCoreApplication>
#include <QString>

class QAbstractItemView;
class QAction;
class QTableView;

namespace widgets {

// Copies what a table shows to the clipboard, as tab-separated text (for a
// spreadsheet or a mail) and as an HTML table (for a word processor), both
// with the column headers. Cells are copied as they are shown: a number the
// delegate formats in the locale ("1.234,56 €") is copied with that format.
// Only visible rows and columns, in their on-screen order (after sorting and
// moving columns); the selection when there is one, else the whole table.
class TableClipboard
{
    Q_DECLARE_TR_FUNCTIONS(TableClipboard)

public:
    struct Contents
    {
        QString tsv;
        QString html;
        int rows = 0; // data rows copied, headers not counted
        int columns = 0;
    };

    // What copy() would put on the clipboard.
    static Contents contents(const QTableView* view);
    // Puts the selection (or the whole table) on the clipboard.
    static void copy(const QTableView* view);

    // Gives `view` Ctrl+C (QKeySequence::Copy) and a context menu with "Copy" and
    // "Copy the whole table"; returns the Copy action (owned by the view).
    static QAction* install(QTableView* view);
};

} // namespace widgets
