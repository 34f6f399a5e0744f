#include "widgets/mainwindow.h"

namespace widgets {

MainWindow::MainWindow(const QString& dataDir, QWidget* parent)
    : QMainWindow(parent)
    , m_dataDir(dataDir)
{
    setWindowTitle(tr("Cruscotto"));
}

} // namespace widgets
