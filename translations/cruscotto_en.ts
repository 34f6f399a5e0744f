<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Imported %n day(s) of visitors, %1 to %2; sites: %3.</source>
        <translation><numerusform>Imported %n day of visitors, %1 to %2; sites: %3.</numerusform><numerusform>Imported %n days of visitors, %1 to %2; sites: %3.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) replaced an earlier import.</source>
        <translation><numerusform>%n day replaced an earlier import.</numerusform><numerusform>%n days replaced an earlier import.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) fall on days with platform sales; the forecasts use the platform's figures there.</source>
        <translation><numerusform>%n day falls on a day with platform sales; the forecasts use the platform's figures there.</numerusform><numerusform>%n days fall on days with platform sales; the forecasts use the platform's figures there.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n row(s)).</source>
        <translation><numerusform>Wrote %1 (%n row).</numerusform><numerusform>Wrote %1 (%n rows).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The ledger %1 is intact: %n record(s), the last one uploaded: %2.</source>
        <translation><numerusform>The ledger %1 is intact: %n record, the last one uploaded: %2.</numerusform><numerusform>The ledger %1 is intact: %n records, the last one uploaded: %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Stored %n product(s) for %1.</source>
        <translation><numerusform>Stored %n product for %1.</numerusform><numerusform>Stored %n products for %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Stored: %1 has %n free day(s) besides the first Sundays.</source>
        <translation><numerusform>Stored: %1 has %n free day besides the first Sundays.</numerusform><numerusform>Stored: %1 has %n free days besides the first Sundays.</numerusform></translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message numerus="yes">
        <source>%n ticket(s) follow.</source>
        <translation><numerusform>%n ticket follows.</numerusform><numerusform>%n tickets follow.</numerusform></translation>
    </message>
</context>
<context>
    <name>core::ResolvedScope</name>
    <message numerus="yes">
        <source>%1 (%n site(s))</source>
        <translation><numerusform>%1 (%n site)</numerusform><numerusform>%1 (%n sites)</numerusform></translation>
    </message>
</context>
<context>
    <name>core::TicketOffice</name>
    <message numerus="yes">
        <source>The slot %1 has %n place(s) left.</source>
        <translation><numerusform>The slot %1 has %n place left.</numerusform><numerusform>The slot %1 has %n places left.</numerusform></translation>
    </message>
</context>
<context>
    <name>sync::LedgerIngest</name>
    <message numerus="yes">
        <source>%n record(s) of the batch are not valid; nothing was stored.</source>
        <translation><numerusform>%n record of the batch is not valid; nothing was stored.</numerusform><numerusform>%n records of the batch are not valid; nothing was stored.</numerusform></translation>
    </message>
</context>
<context>
    <name>sync::SalesIngest</name>
    <message numerus="yes">
        <source>%n sale(s) of the batch are not valid; nothing was stored.</source>
        <translation><numerusform>%n sale of the batch is not valid; nothing was stored.</numerusform><numerusform>%n sales of the batch are not valid; nothing was stored.</numerusform></translation>
    </message>
</context>
<context>
    <name>sync::SensorIngest</name>
    <message numerus="yes">
        <source>%n reading(s) of the batch are not valid; nothing was stored.</source>
        <translation><numerusform>%n reading of the batch is not valid; nothing was stored.</numerusform><numerusform>%n readings of the batch are not valid; nothing was stored.</numerusform></translation>
    </message>
</context>
<context>
    <name>widgets::AlertsPage</name>
    <message numerus="yes">
        <source>%n alert(s), %1 open</source>
        <translation><numerusform>%n alert, %1 open</numerusform><numerusform>%n alerts, %1 open</numerusform></translation>
    </message>
</context>
<context>
    <name>widgets::BookingsPanel</name>
    <message numerus="yes">
        <source>%1, %n visitor(s)</source>
        <translation><numerusform>%1, %n visitor</numerusform><numerusform>%1, %n visitors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Group bookings today: %n group(s), %1 of %2 visitors entered</source>
        <translation><numerusform>Group bookings today: %n group, %1 of %2 visitors entered</numerusform><numerusform>Group bookings today: %n groups, %1 of %2 visitors entered</numerusform></translation>
    </message>
</context>
<context>
    <name>widgets::DashboardPage</name>
    <message numerus="yes">
        <source>Data as of %1 (%n hour(s) old).</source>
        <translation><numerusform>Data as of %1 (%n hour old).</numerusform><numerusform>Data as of %1 (%n hours old).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Data as of %1 (%n day(s) old).</source>
        <translation><numerusform>Data as of %1 (%n day old).</numerusform><numerusform>Data as of %1 (%n days old).</numerusform></translation>
    </message>
</context>
<context>
    <name>widgets::KioskWindow</name>
    <message numerus="yes">
        <source>%n ticket(s): %1</source>
        <translation><numerusform>%n ticket: %1</numerusform><numerusform>%n tickets: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sorry, no entry time today has room for %n visitor(s).</source>
        <translation><numerusform>Sorry, no entry time today has room for %n visitor.</numerusform><numerusform>Sorry, no entry time today has room for %n visitors.</numerusform></translation>
    </message>
</context>
<context>
    <name>widgets::ReportsPage</name>
    <message numerus="yes">
        <source>%1 - %2, %3 to %4. %5 %n row(s).</source>
        <translation><numerusform>%1 - %2, %3 to %4. %5 %n row.</numerusform><numerusform>%1 - %2, %3 to %4. %5 %n rows.</numerusform></translation>
    </message>
</context>
<context>
    <name>widgets::SaleCorrectionDialog</name>
    <message numerus="yes">
        <source>No. %1 · %2 · %3 · %n ticket(s)</source>
        <translation><numerusform>No. %1 · %2 · %3 · %n ticket</numerusform><numerusform>No. %1 · %2 · %3 · %n tickets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) of sale no. %1 refunded: %2 to give back.</source>
        <translation><numerusform>%n ticket of sale no. %1 refunded: %2 to give back.</numerusform><numerusform>%n tickets of sale no. %1 refunded: %2 to give back.</numerusform></translation>
    </message>
</context>
<context>
    <name>widgets::SalePage</name>
    <message numerus="yes">
        <source>%n ticket(s) · %1</source>
        <translation><numerusform>%n ticket · %1</numerusform><numerusform>%n tickets · %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1
%n left</source>
        <translation><numerusform>%1
%n left</numerusform><numerusform>%1
%n left</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Slot %1, %n place(s) left</source>
        <translation><numerusform>Slot %1, %n place left</numerusform><numerusform>Slot %1, %n places left</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No time slot today has room for %n visitor(s): the sale cannot be made.</source>
        <translation><numerusform>No time slot today has room for %n visitor: the sale cannot be made.</numerusform><numerusform>No time slot today has room for %n visitors: the sale cannot be made.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The slot %1 has only %n place(s) left: PgUp/PgDn for another.</source>
        <translation><numerusform>The slot %1 has only %n place left: PgUp/PgDn for another.</numerusform><numerusform>The slot %1 has only %n places left: PgUp/PgDn for another.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Entry %1 · %n place(s) left</source>
        <translation><numerusform>Entry %1 · %n place left</numerusform><numerusform>Entry %1 · %n places left</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The slot %1 has only %n place(s) left: choose another with PgUp/PgDn.</source>
        <translation><numerusform>The slot %1 has only %n place left: choose another with PgUp/PgDn.</numerusform><numerusform>The slot %1 has only %n places left: choose another with PgUp/PgDn.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) printed.</source>
        <translation><numerusform>%n ticket printed.</numerusform><numerusform>%n tickets printed.</numerusform></translation>
    </message>
</context>
<context>
    <name>widgets::ScopePicker</name>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation><numerusform>%n site</numerusform><numerusform>%n sites</numerusform></translation>
    </message>
</context>
</TS>