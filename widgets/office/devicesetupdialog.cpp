#include "widgets/office/devicesetupdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace widgets {

DeviceSetupDialog::DeviceSetupDialog(const QList<core::Site>& sites, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("deviceSetupDialog"));
    setWindowTitle(tr("Set up this ticket office"));
    auto* intro
        = new QLabel(tr("This computer is not a ticket office yet. Choose the site it sells for, give it a name "
                        "and set the supervisor's PIN, which voids, refunds and the kiosk's exit ask for."),
                     this);
    intro->setWordWrap(true);
    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("siteChoice"));
    m_site->setAccessibleName(tr("Site"));
    for (const core::Site& site : sites) {
        m_site->addItem(tr("%1 (%2)").arg(site.name, site.code), site.code);
    }
    m_name = new QLineEdit(tr("Cassa 1"), this);
    m_name->setObjectName(QStringLiteral("deviceName"));
    m_name->setAccessibleName(tr("Name of this device"));
    auto* digits = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), this);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("supervisorPin"));
    m_pin->setAccessibleName(tr("Supervisor's PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setValidator(digits);
    m_pinAgain = new QLineEdit(this);
    m_pinAgain->setObjectName(QStringLiteral("supervisorPinAgain"));
    m_pinAgain->setAccessibleName(tr("Supervisor's PIN again"));
    m_pinAgain->setEchoMode(QLineEdit::Password);
    m_pinAgain->setValidator(digits);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("setupProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Site:"), m_site);
    form->addRow(tr("&Device name:"), m_name);
    form->addRow(tr("Supervisor's &PIN:"), m_pin);
    form->addRow(tr("PIN &again:"), m_pinAgain);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Set up"));
    m_ok->setAccessibleName(tr("Set up this ticket office"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DeviceSetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (QLineEdit* edit : { m_name, m_pin, m_pinAgain }) {
        connect(edit, &QLineEdit::textChanged, this, &DeviceSetupDialog::update);
    }
    update();
}

QString DeviceSetupDialog::siteCode() const
{
    return m_site->currentData().toString();
}

QString DeviceSetupDialog::deviceName() const
{
    return m_name->text().trimmed();
}

QString DeviceSetupDialog::supervisorPin() const
{
    return m_pin->text();
}

QString DeviceSetupDialog::problem() const
{
    if (m_site->count() == 0) {
        return tr("The local data has no sites: synchronise with the hub first.");
    }
    if (deviceName().isEmpty()) {
        return tr("Give this device a name.");
    }
    if (m_pin->text().size() < MinimumPinLength) {
        return tr("The PIN needs at least %1 digits.").arg(MinimumPinLength);
    }
    if (m_pin->text() != m_pinAgain->text()) {
        return tr("The two PINs differ.");
    }
    return {};
}

void DeviceSetupDialog::update()
{
    const QString why = problem();
    m_problem->setText(why);
    m_ok->setEnabled(why.isEmpty());
}

void DeviceSetupDialog::accept()
{
    if (problem().isEmpty()) {
        QDialog::accept();
    }
}

} // namespace widgets
