#include "progressbar.h"

#include <unistd.h>

ProgressBar::ProgressBar(QString label, FILE* out)
    : m_label(std::move(label))
    , m_out(out)
    , m_tty(isatty(fileno(out)) != 0)
{
    m_clock.start();
}

void ProgressBar::update(qint64 done, qint64 total)
{
    if (total <= 0) {
        return;
    }
    const double fraction = static_cast<double>(done) / static_cast<double>(total);
    const double elapsed = m_clock.elapsed() / 1000.0;
    const double left = fraction > 0 ? elapsed / fraction - elapsed : 0;
    if (m_tty) {
        constexpr int width = 30;
        const int filled = static_cast<int>(fraction * width);
        const QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
        std::fprintf(m_out, "\r%s [%s] %lld/%lld  %.0f s left   ", qPrintable(m_label), qPrintable(bar),
                     static_cast<long long>(done), static_cast<long long>(total), left);
        std::fflush(m_out);
        return;
    }
    const int tenth = static_cast<int>(fraction * 10);
    if (tenth != m_lastTenth) {
        m_lastTenth = tenth;
        std::fprintf(m_out, "%s %lld/%lld (%.0f s)\n", qPrintable(m_label), static_cast<long long>(done),
                     static_cast<long long>(total), elapsed);
        std::fflush(m_out);
    }
}

void ProgressBar::finish()
{
    if (m_tty) {
        std::fprintf(m_out, "\n");
    }
}
