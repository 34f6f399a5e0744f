// svgicon: renders the application's SVG icon to one raster size at build time.
// Qt's own SVG renderer, so every platform that builds Cruscotto can make its icons
// (PNG for freedesktop themes, ICO for the Windows installer) without another tool.
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    bool sizeOk = false;
    const int size = args.size() == 4 ? args.at(3).toInt(&sizeOk) : 0;
    if (!sizeOk || size < 1 || size > 1024) {
        err << "usage: svgicon INPUT.svg OUTPUT.(png|ico) SIZE (1 to 1024)" << Qt::endl;
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "svgicon: cannot read the SVG " << args.at(1) << Qt::endl;
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
    }
    QImageWriter writer(args.at(2), QFileInfo(args.at(2)).suffix().toLatin1());
    if (!writer.write(image)) {
        err << "svgicon: cannot write " << args.at(2) << ": " << writer.errorString() << Qt::endl;
        return 1;
    }
    return 0;
}
