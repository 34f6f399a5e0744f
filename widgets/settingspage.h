#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace widgets {

struct CacheOverview;

// Where the data lives and what it holds, and the language in use.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget* parent = nullptr);

    void setOverview(const CacheOverview& overview);

private:
    QLabel* addRow(const QString& label, const QString& name);

    QFormLayout* m_form;
    QLabel* m_dataDir;
    QLabel* m_cacheFile;
    QLabel* m_schema;
    QLabel* m_period;
    QLabel* m_sites;
    QLabel* m_language;
};

} // namespace widgets
