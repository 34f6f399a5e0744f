#include "widgets/demodatadialog.h"

#include "core/cache.h"
#include "core/database.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <exception>

namespace widgets {

DemoDataDialog::DemoDataDialog(const QString& dataDir, const core::DemoGenerator::Options& options, QWidget* parent)
    : QDialog(parent)
    , m_dataDir(dataDir)
    , m_options(options)
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("demoDataDialog"));
    setWindowTitle(tr("Creating demo data"));
    setModal(true);
    m_label->setText(tr("Creating a demo region in %1: sites of every kind over the past years and this year to date…")
                         .arg(dataDir));
    m_label->setWordWrap(true);
    m_bar->setRange(0, m_options.sites);
    m_bar->setValue(0);
    m_bar->setAccessibleName(tr("Progress"));
    m_cancel->setAccessibleName(tr("Cancel"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &DemoDataDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DemoDataDialog::generatorFinished);
}

DemoDataDialog::~DemoDataDialog()
{
    // The worker posts progress to this object: it must not outlive it.
    m_cancelled->store(true);
    m_watcher.waitForFinished();
}

void DemoDataDialog::start()
{
    const QString path = core::Cache::pathIn(m_dataDir);
    const auto options = m_options;
    const auto cancelled = m_cancelled;
    // Called on the worker thread after each site; the dialog lives until the worker
    // has finished (see the destructor), so posting to it is safe.
    auto progress = [this, cancelled](int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { showProgress(done, total); }, Qt::QueuedConnection);
        return !cancelled->load();
    };
    m_watcher.setFuture(QtConcurrent::run([path, options, progress]() -> QString {
        try {
            core::DemoGenerator(options).writeCache(path, progress);
            return {};
        } catch (const core::DatabaseError& e) {
            return e.message();
        } catch (const std::exception& e) {
            return QString::fromUtf8(e.what());
        }
    }));
}

void DemoDataDialog::showProgress(int done, int total)
{
    m_bar->setRange(0, total);
    m_bar->setValue(done);
}

void DemoDataDialog::reject()
{
    if (!m_watcher.isRunning()) {
        QDialog::reject();
        return;
    }
    // The generator stops after the site it is on; the dialog closes when it has.
    m_cancelled->store(true);
    m_cancel->setEnabled(false);
    m_label->setText(tr("Cancelling…"));
}

void DemoDataDialog::generatorFinished()
{
    m_error = m_watcher.result();
    m_succeeded = m_error.isEmpty();
    if (m_succeeded) {
        accept();
    } else {
        QDialog::reject();
    }
}

bool DemoDataDialog::generate(const QString& dataDir, QWidget* parent)
{
    core::DemoGenerator::Options options;
    // The demo comes with the alerts a hub's transaction monitoring would have raised.
    options.monitorDays = 120;
    DemoDataDialog dialog(dataDir, options, parent);
    dialog.start();
    dialog.exec();
    if (!dialog.succeeded() && !dialog.m_cancelled->load()) {
        QMessageBox::critical(parent, tr("Demo data"),
                              tr("The demo data could not be created: %1").arg(dialog.errorText()));
    }
    return dialog.succeeded();
}

} // namespace widgets
