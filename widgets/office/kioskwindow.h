#pragma once

#include "widgets/office/officeclock.h"

#include "core/ticketoffice.h"

#include <QWidget>

#include <chrono>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace widgets {

class TicketPrinter;

// The self-service kiosk: full screen, touch, card only, the site's full, reduced
// and under-18 tickets in large type (on free days, the free admission). At sites
// that sell by time slot the visitor picks the time of entry on the confirmation
// page, the next one with room preselected. Left alone, it goes back to the start after
// idleTimeout(). It says plainly when it is out of service (no open session, no
// printer). Visitors cannot leave it: Esc, Alt+F4 and closing are refused; a tap on
// the hidden top-left corner asks for the supervisor's PIN, which opens the
// supervisor's page (open or close the session, leave the kiosk).
class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Page
    {
        Choose,
        Confirm,
        Done,
        OutOfService,
        SupervisorPin,
        Supervisor
    };
    Q_ENUM(Page)

    KioskWindow(core::TicketOffice& office, TicketPrinter& printer, QWidget* parent = nullptr);

    void setClock(OfficeClock clock) { m_clock = std::move(clock); }
    void setSupervisorCheck(core::TicketOffice::SupervisorCheck check) { m_supervisorCheck = std::move(check); }
    void setIdleTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const;

    Page page() const { return m_page; }
    const core::Cart& cart() const { return m_cart; }
    const QList<core::TicketProduct>& kioskProducts() const { return m_products; }
    bool isOutOfService() const { return m_page == Page::OutOfService; }
    QString statusText() const;
    const std::optional<core::SaleReceipt>& lastReceipt() const { return m_lastReceipt; }
    // Time slots: today's as last read, and the start of the chosen one (-1: none).
    const QList<core::SlotAvailability>& timeSlots() const { return m_slots; }
    int selectedSlot() const { return m_slotStart; }

public slots:
    void resetToStart();
    void addProduct(int index);
    void removeProduct(int index);
    void toConfirm();
    // Chooses the slot starting `start` minutes after midnight, if it has room for the cart.
    void selectSlot(int start);
    void payByCard();
    void askSupervisor();
    void submitPin();
    void openSession();
    void closeSession();
    void leaveKiosk();

protected:
    void closeEvent(QCloseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* createChoosePage();
    QWidget* createConfirmPage();
    QWidget* createDonePage();
    QWidget* createOutOfServicePage();
    QWidget* createPinPage();
    QWidget* createSupervisorPage();
    void showPage(Page page);
    void updateChoose();
    void updateProductsForToday();
    int indexOfProduct(std::int64_t productId) const;
    void refreshSlots();
    void updateSlotButtons();
    bool slotFits(const core::SlotAvailability& slot) const;
    QString outOfServiceReason();

    core::TicketOffice& m_office;
    TicketPrinter& m_printer;
    OfficeClock m_clock = systemOfficeClock();
    core::TicketOffice::SupervisorCheck m_supervisorCheck;
    QList<core::TicketProduct> m_products; // on sale today
    QList<core::TicketProduct> m_rowProducts; // every row of the choose page
    QList<QList<QWidget*>> m_rowWidgets;
    QList<core::SlotAvailability> m_slots;
    int m_slotStart = -1;
    core::Cart m_cart;
    Page m_page = Page::Choose;
    bool m_exitAllowed = false;
    std::optional<core::SaleReceipt> m_lastReceipt;

    QTimer* m_idle;
    QStackedWidget* m_pages;
    QPushButton* m_corner;
    QList<QLabel*> m_counts;
    QLabel* m_freeDayNote;
    QLabel* m_chooseTotal;
    QWidget* m_slotBox;
    QLabel* m_slotNote;
    QGridLayout* m_slotGrid;
    QList<QPushButton*> m_slotButtons;
    QPushButton* m_continue;
    QLabel* m_confirmSummary;
    QLabel* m_confirmDocuments;
    QPushButton* m_pay;
    QLabel* m_doneText;
    QLabel* m_outOfService;
    QLineEdit* m_pin;
    QLabel* m_pinMessage;
    QLabel* m_supervisorStatus;
};

} // namespace widgets
