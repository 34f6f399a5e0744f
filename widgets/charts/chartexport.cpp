#include "widgets/charts/chartexport.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QWidget>

namespace widgets {

namespace {
QString saveError(const QSaveFile& file)
{
    return ChartExport::tr("The file %1 could not be written: %2").arg(file.fileName(), file.errorString());
}
} // namespace

QString ChartExport::toPng(QWidget* chart, const QString& path, qreal scale)
{
    if (!chart || chart->width() <= 0 || chart->height() <= 0) {
        return tr("There is no chart to export.");
    }
    QImage image(chart->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    // Charts draw on the page's background: give the picture the same one, so it
    // reads in a report whatever the palette.
    image.fill(chart->palette().color(QPalette::Window));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        chart->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return saveError(file);
    }
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return tr("The picture %1 could not be encoded as PNG.").arg(path);
    }
    if (!file.commit()) {
        return saveError(file);
    }
    return {};
}

QString ChartExport::toSvg(QWidget* chart, const QString& path, const QString& title)
{
    if (!chart || chart->width() <= 0 || chart->height() <= 0) {
        return tr("There is no chart to export.");
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return saveError(file);
    }
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(chart->size());
        svg.setViewBox(QRect(QPoint(), chart->size()));
        svg.setTitle(title.isEmpty() ? chart->accessibleName() : title);
        svg.setDescription(tr("Exported from Cruscotto"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            file.cancelWriting();
            return tr("The SVG file %1 could not be started.").arg(path);
        }
        painter.fillRect(QRect(QPoint(), chart->size()), chart->palette().color(QPalette::Window));
        chart->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.end();
    }
    if (!file.commit()) {
        return saveError(file);
    }
    return {};
}

QString ChartExport::toFile(QWidget* chart, const QString& path, const QString& title)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        return toSvg(chart, path, title);
    }
    return toPng(chart, path);
}

bool ChartExport::saveWithDialog(QWidget* chart, const QString& baseName, const QString& title)
{
    const QString pngFilter = tr("PNG picture (*.png)");
    const QString svgFilter = tr("SVG drawing (*.svg)");
    QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (dir.isEmpty()) {
        dir = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    }
    QString selected = pngFilter;
    QString path = QFileDialog::getSaveFileName(chart, tr("Export the chart"),
                                                dir + QLatin1Char('/') + baseName + QStringLiteral(".png"),
                                                pngFilter + QStringLiteral(";;") + svgFilter, &selected);
    if (path.isEmpty()) {
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += selected == svgFilter ? QStringLiteral(".svg") : QStringLiteral(".png");
    }
    const QString error = toFile(chart, path, title);
    if (!error.isEmpty()) {
        QMessageBox::warning(chart, tr("Export the chart"), error);
        return false;
    }
    return true;
}

QList<QAction*> ChartExport::createActions(QWidget* chart, const QString& baseName, QObject* owner)
{
    auto* png = new QAction(tr("Export as PNG…"), owner);
    auto* svg = new QAction(tr("Export as SVG…"), owner);
    const auto ask = [chart, baseName](const QString& suffix, const QString& filter) {
        QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        if (dir.isEmpty()) {
            dir = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
        }
        QString path = QFileDialog::getSaveFileName(chart, tr("Export the chart"),
                                                    dir + QLatin1Char('/') + baseName + suffix, filter);
        if (path.isEmpty()) {
            return;
        }
        if (!path.endsWith(suffix, Qt::CaseInsensitive)) {
            path += suffix;
        }
        const QString error = toFile(chart, path);
        if (!error.isEmpty()) {
            QMessageBox::warning(chart, tr("Export the chart"), error);
        }
    };
    QObject::connect(png, &QAction::triggered, owner,
                     [ask] { ask(QStringLiteral(".png"), tr("PNG picture (*.png)")); });
    QObject::connect(svg, &QAction::triggered, owner,
                     [ask] { ask(QStringLiteral(".svg"), tr("SVG drawing (*.svg)")); });
    return { png, svg };
}

void ChartExport::addContextMenu(QWidget* chart, const QString& baseName)
{
    chart->addActions(createActions(chart, baseName, chart));
    chart->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace widgets
