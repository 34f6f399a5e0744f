#include "widgets/tableclipboard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTableView>

#include <algorithm>

namespace widgets {

namespace {

// The text a cell shows: through its delegate when that is a styled one, so numbers
// and dates get the view's locale exactly as painted.
QString shownText(const QTableView* view, const QModelIndex& index)
{
    const QVariant value = index.data(Qt::DisplayRole);
    if (!value.isValid()) {
        return QString();
    }
    if (const auto* styled = qobject_cast<const QStyledItemDelegate*>(view->itemDelegateForIndex(index))) {
        // The delegate shows line breaks as Unicode line separators: copy them as line breaks.
        return styled->displayText(value, view->locale()).replace(QChar::LineSeparator, QLatin1Char('\n'));
    }
    return value.toString();
}

QString headerText(const QTableView* view, int section)
{
    return view->model()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
}

// A cell of the HTML table: escaped, its line breaks kept.
QString htmlCell(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

// One line of TSV: tabs and line breaks inside a cell would start a new cell or row.
QString tsvCell(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

bool isNumeric(const QModelIndex& index)
{
    const QVariant alignment = index.data(Qt::TextAlignmentRole);
    return alignment.isValid() && (alignment.toInt() & Qt::AlignRight);
}

} // namespace

TableClipboard::Contents TableClipboard::contents(const QTableView* view)
{
    Contents out;
    const QAbstractItemModel* model = view->model();
    if (model == nullptr) {
        return out;
    }
    const QHeaderView* header = view->horizontalHeader();

    // Visible columns in on-screen order, visible rows in model (= shown) order.
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !view->isColumnHidden(logical)) {
            columns << logical;
        }
    }
    QList<int> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!view->isRowHidden(row)) {
            rows << row;
        }
    }

    // A selection narrows both to the rows and columns it touches; cells inside
    // that rectangle that are not selected are copied empty.
    const QItemSelectionModel* selection = view->selectionModel();
    const bool selected = selection != nullptr && selection->hasSelection();
    if (selected) {
        const QModelIndexList indexes = selection->selectedIndexes();
        QSet<int> selectedRows;
        QSet<int> selectedColumns;
        for (const QModelIndex& index : indexes) {
            selectedRows.insert(index.row());
            selectedColumns.insert(index.column());
        }
        rows.removeIf([&](int row) { return !selectedRows.contains(row); });
        columns.removeIf([&](int column) { return !selectedColumns.contains(column); });
    }

    QStringList tsvLines;
    QString html = QStringLiteral("<table>\n<thead><tr>");
    QStringList headers;
    for (const int column : columns) {
        const QString text = headerText(view, column);
        headers << tsvCell(text);
        html += QStringLiteral("<th>%1</th>").arg(htmlCell(text));
    }
    tsvLines << headers.join(QLatin1Char('\t'));
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const int row : rows) {
        QStringList cells;
        html += QStringLiteral("<tr>");
        for (const int column : columns) {
            const QModelIndex index = model->index(row, column);
            const bool copied = !selected || selection->isSelected(index);
            const QString text = copied ? shownText(view, index) : QString();
            cells << tsvCell(text);
            html += isNumeric(index) ? QStringLiteral("<td align=\"right\">%1</td>").arg(htmlCell(text))
                                     : QStringLiteral("<td>%1</td>").arg(htmlCell(text));
        }
        html += QStringLiteral("</tr>\n");
        tsvLines << cells.join(QLatin1Char('\t'));
    }
    html += QStringLiteral("</tbody>\n</table>\n");
    out.tsv = tsvLines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    out.html = html;
    out.rows = int(rows.size());
    out.columns = int(columns.size());
    return out;
}

void TableClipboard::copy(const QTableView* view)
{
    const Contents copied = contents(view);
    auto* mime = new QMimeData;
    mime->setText(copied.tsv);
    mime->setHtml(copied.html);
    QGuiApplication::clipboard()->setMimeData(mime);
}

QAction* TableClipboard::install(QTableView* view)
{
    auto* copyAction = new QAction(tr("&Copy"), view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    copyAction->setToolTip(tr("Copy the selected cells, or the whole table when none is selected"));
    QObject::connect(copyAction, &QAction::triggered, view, [view] { copy(view); });

    auto* copyAll = new QAction(tr("Copy the &whole table"), view);
    QObject::connect(copyAll, &QAction::triggered, view, [view] {
        // Copies everything without losing what the user had selected.
        const QItemSelection kept = view->selectionModel() ? view->selectionModel()->selection() : QItemSelection();
        if (view->selectionModel()) {
            view->selectionModel()->clearSelection();
        }
        copy(view);
        if (view->selectionModel()) {
            view->selectionModel()->select(kept, QItemSelectionModel::Select);
        }
    });

    view->addAction(copyAction);
    view->addAction(copyAll);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    return copyAction;
}

} // namespace widgets
