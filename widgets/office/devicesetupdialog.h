#pragma once

#include "core/site.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace widgets {

// The first start of a ticket-office device: which site it sells for (from the
// cache's catalogue), its name ("Cassa 1") and the supervisor's PIN. The app
// makes the key pair and stores the identity; this only asks.
class DeviceSetupDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MinimumPinLength = 4;

    explicit DeviceSetupDialog(const QList<core::Site>& sites, QWidget* parent = nullptr);

    QString siteCode() const;
    QString deviceName() const;
    QString supervisorPin() const;
    // Empty when what is typed can be accepted, else why not.
    QString problem() const;

public slots:
    void accept() override;

private:
    void update();

    QComboBox* m_site;
    QLineEdit* m_name;
    QLineEdit* m_pin;
    QLineEdit* m_pinAgain;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace widgets
