#pragma once

#include "core/demogenerator.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace widgets {

// Builds the demo cache on a worker thread while showing its progress; the
// window stays responsive and the user may cancel (the half-built file is
// discarded by the generator, and any existing cache is left untouched).
class DemoDataDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DemoDataDialog(const QString& dataDir, const core::DemoGenerator::Options& options = {},
                            QWidget* parent = nullptr);
    ~DemoDataDialog() override;

    // Starts the generator; the dialog accepts itself when the cache is written and
    // rejects itself when cancelled or failed.
    void start();
    bool succeeded() const { return m_succeeded; }
    QString errorText() const { return m_error; }

    // Generates with a modal dialog; on failure tells the user why. True when the cache was written.
    static bool generate(const QString& dataDir, QWidget* parent = nullptr);

public slots:
    void reject() override;

private:
    void showProgress(int done, int total);
    void generatorFinished();

    QString m_dataDir;
    core::DemoGenerator::Options m_options;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QFutureWatcher<QString> m_watcher; // the error text; empty on success
    bool m_succeeded = false;
    QString m_error;
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
};

} // namespace widgets
