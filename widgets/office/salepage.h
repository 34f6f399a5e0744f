#pragma once

#include "widgets/office/officeclock.h"

#include "core/ticketoffice.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QGridLayout;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimer;
class QVBoxLayout;

namespace widgets {

class SaleCorrectionDialog;
class TicketPrinter;

// The counter's sale screen, keyboard first (and with large buttons for touch):
//   1..9        one more of that product (1 is the site's full ticket; on a free
//               day, the free admission)
//   Backspace   one less of the selected cart line (Delete too)
//   PgUp, PgDn  the previous / next time slot (sites that sell by slot)
//   Enter       on to payment (nominative sites: first a name per ticket, Enter
//               after each); on the document check, "ID checked"; on payment,
//               exact cash, or the cash typed (the change is shown)
//   C, S        pay by card; split (the cash part typed, the rest by card)
//   Esc         back one step (on the cart: empty it)
//   F8          void or refund a recent sale
// So a full ticket paid with exact cash is 1, Enter, Enter, also at a site with
// time slots: the next slot with room for the cart's visitors is preselected.
class SalePage : public QWidget
{
    Q_OBJECT

public:
    enum class Step
    {
        Cart,
        Names, // nominative sites: the visitor's name for each ticket
        Check, // the documents of reduced and free tickets
        Payment,
        Done // receipt number, change, tickets printed
    };
    Q_ENUM(Step)

    SalePage(core::TicketOffice& office, TicketPrinter& printer, QWidget* parent = nullptr);

    // The day (free or not) and today's slots follow the clock.
    void setClock(OfficeClock clock);
    Step step() const { return m_step; }
    const core::Cart& cart() const { return m_cart; }
    bool isSplitPayment() const { return m_split; }
    const std::optional<core::SaleReceipt>& lastReceipt() const { return m_lastReceipt; }
    // The message shown to the clerk for the last refusal or printing problem.
    QString message() const;

    // The product (index into office.products()) on key n (0-based: key 1 is 0), -1 for none.
    int productOnKey(int key) const;
    bool isFreeDay() const { return m_freeDay; }
    // Today's slots as last read, and the start of the chosen one (-1: none has room).
    const QList<core::SlotAvailability>& timeSlots() const { return m_slots; }
    int selectedSlot() const { return m_slotStart; }
    // The line under the slots: the chosen slot and its places, or why there is none.
    QString slotStatus() const;
    // Nominative sites: the names typed, one per ticket in the cart's order.
    const QStringList& holders() const { return m_names; }

public slots:
    // Adds one of the n-th product (0-based) to the cart.
    void addProduct(int index);
    // The product key n (0-based), as the keyboard's 1..9 do.
    void pressProductKey(int key);
    // Reads the day (free day or not) and today's slots and places left again.
    void refreshAvailability();
    void selectPreviousSlot();
    void selectNextSlot();
    // Chooses the slot starting `start` minutes after midnight (when it is open and not full).
    void selectSlot(int start);
    // Enter on the names: the next name, or on when every ticket has one.
    void confirmName();
    void removeOneFromSelectedLine();
    // Enter on the cart: to the document check or the payment.
    void proceed();
    void confirmDocumentsChecked();
    // Enter on the payment: exact cash when nothing is typed.
    void payWithTypedCash();
    void payByCard();
    void toggleSplitPayment();
    void goBack();
    void startNewSale();
    void printAgain();
    // Reads the cash session again (the banner says when none is open).
    void refreshSession();
    SaleCorrectionDialog* openCorrections();
    void focusCurrentStep();

signals:
    void saleCompleted(qint64 receiptNumber);
    void ledgerChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    bool handleKey(int key, const QString& text);
    QWidget* createSlotPanel();
    QWidget* createCartStep();
    QWidget* createNamesStep();
    QWidget* createCheckStep();
    QWidget* createPaymentStep();
    QWidget* createDoneStep();
    void showStep(Step step);
    void rebuildCart();
    void updateProductKeys();
    void rebuildSlotButtons();
    void updateSlotChoice();
    bool slotIsOpen(const core::SlotAvailability& slot) const;
    // Why the product is not sold today (free days), empty when it is.
    QString notSoldToday(const core::TicketProduct& product) const;
    const core::SlotAvailability* chosenSlot() const;
    void stepSlot(int direction);
    QString refusalBeforePayment();
    void showNames();
    void afterNames();
    core::Cart cartToSell() const;
    void clearSale();
    void updatePaymentStep();
    void sell(const QList<core::Payment>& payments);
    void showError(const QString& text);

    core::TicketOffice& m_office;
    TicketPrinter& m_printer;
    OfficeClock m_clock = systemOfficeClock();
    core::Cart m_cart;
    int m_selectedLine = -1;
    Step m_step = Step::Cart;
    bool m_split = false;
    std::optional<core::SaleReceipt> m_lastReceipt;
    QList<int> m_keyProducts; // product index per key position
    bool m_freeDay = false;
    QList<core::SlotAvailability> m_slots;
    int m_slotStart = -1;
    bool m_slotChosenByClerk = false; // else it follows the cart's size
    QStringList m_names;

    QLabel* m_sessionBanner = nullptr;
    QLabel* m_freeDayBanner = nullptr;
    QWidget* m_slotPanel = nullptr;
    QLabel* m_slotTitle = nullptr;
    QGridLayout* m_slotGrid = nullptr;
    QList<QPushButton*> m_slotButtons;
    QLabel* m_slotStatus = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QVBoxLayout* m_namesLayout = nullptr;
    QList<QLineEdit*> m_nameEdits;
    QStackedWidget* m_steps = nullptr;
    QList<QPushButton*> m_productButtons;
    QTableWidget* m_cartTable = nullptr;
    QLabel* m_cartTotal = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_checkList = nullptr;
    QPushButton* m_checkConfirm = nullptr;
    QLabel* m_payTotal = nullptr;
    QLabel* m_cashLabel = nullptr;
    QLineEdit* m_cash = nullptr;
    QLabel* m_payHint = nullptr;
    QLabel* m_doneReceipt = nullptr;
    QLabel* m_doneChange = nullptr;
    QListWidget* m_doneTickets = nullptr;
    QLabel* m_donePrint = nullptr;
};

} // namespace widgets
