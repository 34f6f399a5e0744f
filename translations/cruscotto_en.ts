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
</TS>