#pragma once

#include <QElapsedTimer>
#include <QString>

#include <cstdio>

// A one-line progress bar on a terminal ("[#####.....] 42/250  12 s left");
// on a pipe or file it prints a plain line every tenth of the way instead.
class ProgressBar
{
public:
    explicit ProgressBar(QString label, FILE* out = stderr);
    void update(qint64 done, qint64 total);
    void finish();

private:
    QString m_label;
    FILE* m_out;
    bool m_tty;
    int m_lastTenth = -1;
    QElapsedTimer m_clock;
};
