#pragma once

#include <QMainWindow>

namespace widgets {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString& dataDir, QWidget* parent = nullptr);

private:
    QString m_dataDir;
};

} // namespace widgets
