// The visitor profile table: names in the user's words, suppressed cells as "< k"
// (never a number, never zero), copied to the clipboard as shown.
#include "widgets/tableclipboard.h"
#include "widgets/visitorprofileview.h"

#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using widgets::VisitorProfileView;

class TestVisitorProfileView : public QObject
{
    Q_OBJECT

private slots:
    void showsCellsAndSuppression();
    void bucketNames();
    void copiesAsShown();
};

namespace {
core::ProfileCell cell(const QString& bucket, std::optional<std::int64_t> visitors)
{
    core::ProfileCell c;
    c.bucket = bucket;
    c.visitors = visitors;
    c.suppressed = !visitors;
    return c;
}
} // namespace

void TestVisitorProfileView::showsCellsAndSuppression()
{
    VisitorProfileView view;
    view.setProfile({ cell(QStringLiteral("EU"), 1520), cell(QStringLiteral("non-EU"), std::nullopt) },
                    { cell(QStringLiteral("0-17"), std::nullopt), cell(QStringLiteral("65+"), 12) },
                    { cell(QStringLiteral("school"), 0) }, 10);
    const QAbstractItemModel* model = view.model();
    QCOMPARE(model->rowCount(), 5);
    const QLocale locale;
    QCOMPARE(model->index(0, 0).data().toString(), VisitorProfileView::tr("Origin"));
    QCOMPARE(model->index(0, 1).data().toString(), VisitorProfileView::tr("Other EU countries"));
    QCOMPARE(model->index(0, 2).data().toString(), locale.toString(1520));
    QCOMPARE(model->index(1, 2).data().toString(), QStringLiteral("< 10"));
    QCOMPARE(model->index(2, 2).data().toString(), QStringLiteral("< 10"));
    QCOMPARE(model->index(3, 1).data().toString(), VisitorProfileView::tr("65 years and over"));
    QCOMPARE(model->index(3, 2).data().toString(), locale.toString(12));
    // A suppressed cell never reads as a number, whatever k.
    view.setProfile({ cell(QStringLiteral("EU"), std::nullopt) }, {}, {}, 5);
    QCOMPARE(view.model()->index(0, 2).data().toString(), QStringLiteral("< 5"));
    view.clear();
    QCOMPARE(view.model()->rowCount(), 0);
}

void TestVisitorProfileView::bucketNames()
{
    QCOMPARE(VisitorProfileView::bucketName(QStringLiteral("origin"), QStringLiteral("IT:other")),
             VisitorProfileView::tr("Italy, other regions"));
    QCOMPARE(VisitorProfileView::bucketName(QStringLiteral("origin"), QStringLiteral("IT:CAM")),
             VisitorProfileView::tr("Italy, %1 (the site's region)").arg(QStringLiteral("CAM")));
    QCOMPARE(VisitorProfileView::bucketName(QStringLiteral("age_band"), QStringLiteral("26-39")),
             VisitorProfileView::tr("%1 to %2 years").arg(QStringLiteral("26"), QStringLiteral("39")));
    QCOMPARE(VisitorProfileView::bucketName(QStringLiteral("group_type"), QStringLiteral("organised_tour")),
             VisitorProfileView::tr("Organised tours"));
    QCOMPARE(VisitorProfileView::bucketName(QStringLiteral("group_type"), QStringLiteral("unknown")),
             QStringLiteral("unknown"));
}

void TestVisitorProfileView::copiesAsShown()
{
    QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
    VisitorProfileView view;
    view.setProfile({ cell(QStringLiteral("EU"), 1520), cell(QStringLiteral("non-EU"), std::nullopt) }, {}, {}, 10);
    view.show();
    const auto contents = widgets::TableClipboard::contents(view.table());
    QLocale::setDefault(QLocale::system());
    QCOMPARE(contents.rows, 2);
    const QStringList lines = contents.tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(1).section(QLatin1Char('\t'), 2, 2), QStringLiteral("1.520"));
    QCOMPARE(lines.at(2).section(QLatin1Char('\t'), 2, 2), QStringLiteral("< 10"));
    QVERIFY(contents.html.contains(QStringLiteral("&lt; 10")));
}

QTEST_MAIN(TestVisitorProfileView)
#include "testvisitorprofileview.moc"
