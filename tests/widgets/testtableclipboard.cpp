#include "widgets/tableclipboard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

#include <memory>

// Shows a number column the way the pages do: through the delegate, in the locale.
class EuroDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant& value, const QLocale& locale) const override
    {
        return locale.toCurrencyString(value.toDouble(), QStringLiteral("€"));
    }
};

class TestTableClipboard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<QTableView> m_view;

    void fill()
    {
        m_model = std::make_unique<QStandardItemModel>(0, 4);
        m_model->setHorizontalHeaderLabels(
            { QStringLiteral("Site"), QStringLiteral("Visitors"), QStringLiteral("Revenue"), QStringLiteral("Note") });
        const auto row = [this](const QString& site, int visitors, double revenue, const QString& note) {
            auto* v = new QStandardItem;
            v->setData(visitors, Qt::DisplayRole);
            v->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
            auto* r = new QStandardItem;
            r->setData(revenue, Qt::DisplayRole);
            m_model->appendRow({ new QStandardItem(site), v, r, new QStandardItem(note) });
        };
        row(QStringLiteral("Paestum"), 123456, 1234.5, QStringLiteral("tab\there"));
        row(QStringLiteral("Ercolano <scavi>"), 7890, 99.0, QStringLiteral("two\nlines"));
        row(QStringLiteral("Capodimonte & Co"), 42, 0.0, QString());
        m_view = std::make_unique<QTableView>();
        m_view->setLocale(QLocale(QLocale::Italian, QLocale::Italy));
        m_view->setModel(m_model.get());
        m_view->setItemDelegateForColumn(2, new EuroDelegate(m_view.get()));
    }

private slots:
    void init() { fill(); }

    void wholeTableWhenNothingIsSelected()
    {
        const auto copied = widgets::TableClipboard::contents(m_view.get());
        QCOMPARE(copied.rows, 3);
        QCOMPARE(copied.columns, 4);
        // Numbers as shown: the Italian locale's grouping and the delegate's currency format.
        QCOMPARE(copied.tsv,
                 QStringLiteral("Site\tVisitors\tRevenue\tNote\n"
                                "Paestum\t123.456\t1.234,50\u00a0€\ttab here\n"
                                "Ercolano <scavi>\t7.890\t99,00\u00a0€\ttwo lines\n"
                                "Capodimonte & Co\t42\t0,00\u00a0€\t\n"));
        QCOMPARE(copied.html,
                 QStringLiteral("<table>\n<thead><tr><th>Site</th><th>Visitors</th><th>Revenue</th><th>Note</th>"
                                "</tr></thead>\n<tbody>\n"
                                "<tr><td>Paestum</td><td align=\"right\">123.456</td><td>1.234,50\u00a0€</td>"
                                "<td>tab\there</td></tr>\n"
                                "<tr><td>Ercolano &lt;scavi&gt;</td><td align=\"right\">7.890</td>"
                                "<td>99,00\u00a0€</td><td>two<br>lines</td></tr>\n"
                                "<tr><td>Capodimonte &amp; Co</td><td align=\"right\">42</td><td>0,00\u00a0€</td>"
                                "<td></td></tr>\n</tbody>\n</table>\n"));
    }

    void selectionOnlyInScreenOrder()
    {
        // Sorted by visitors, ascending, through a proxy; the Note column hidden.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        m_view->setModel(&proxy);
        m_view->setSortingEnabled(true);
        m_view->sortByColumn(1, Qt::AscendingOrder);
        m_view->setColumnHidden(3, true);
        m_view->horizontalHeader()->moveSection(2, 0); // Revenue shown first
        m_view->selectionModel()->select(proxy.index(0, 0), QItemSelectionModel::Select);
        m_view->selectionModel()->select(proxy.index(1, 0), QItemSelectionModel::Select);
        m_view->selectionModel()->select(proxy.index(1, 2), QItemSelectionModel::Select);
        m_view->selectionModel()->select(proxy.index(1, 3), QItemSelectionModel::Select); // hidden: not copied
        const auto copied = widgets::TableClipboard::contents(m_view.get());
        QCOMPARE(copied.rows, 2);
        QCOMPARE(copied.columns, 2);
        // Rows 42 then 7.890; the cell (42, Revenue) is not selected, so it is empty.
        QCOMPARE(copied.tsv, QStringLiteral("Revenue\tSite\n\tCapodimonte & Co\n99,00\u00a0€\tErcolano <scavi>\n"));
        m_view->setModel(m_model.get());
    }

    void ctrlCAndTheContextMenuPutBothFormatsOnTheClipboard()
    {
        QAction* copy = widgets::TableClipboard::install(m_view.get());
        QCOMPARE(m_view->contextMenuPolicy(), Qt::ActionsContextMenu);
        QCOMPARE(m_view->actions().size(), 2);
        QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));

        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->activateWindow();
        m_view->setFocus();
        m_view->selectionModel()->select(m_model->index(2, 0), QItemSelectionModel::Select);
        QApplication::clipboard()->clear();
        QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
        const QMimeData* mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime != nullptr);
        QCOMPARE(mime->text(), QStringLiteral("Site\nCapodimonte & Co\n"));
        QVERIFY(mime->hasHtml());
        QVERIFY(mime->html().contains(QStringLiteral("<td>Capodimonte &amp; Co</td>")));

        // "Copy the whole table" keeps the selection and copies every row.
        m_view->actions().at(1)->trigger();
        QCOMPARE(QApplication::clipboard()->mimeData()->text().count(QLatin1Char('\n')), 4);
        QVERIFY(m_view->selectionModel()->isSelected(m_model->index(2, 0)));
    }
};

QTEST_MAIN(TestTableClipboard)
#include "testtableclipboard.moc"
