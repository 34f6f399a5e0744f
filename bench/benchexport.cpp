// Exports a 1 000 000-row report table (an hourly-sales detail: day, site, hour,
// visitors, paying visitors, gross revenue, share) through the report writers, CSV and
// XLSX, row by row as the rows are made, and prints the rate and the peak memory of
// each. The baseline, measured in the same run, is a plain fwrite() of the same CSV
// bytes formatted with snprintf: the fastest the disk takes this text. Each phase
// resets the kernel's peak-RSS mark (/proc/self/clear_refs) so its own peak is read,
// and the smaller run (a tenth of the rows) shows whether the peak grows with the rows.
//
//   benchexport [--rows N] [--dir DIR]
#include "core/csvwriter.h"
#include "core/xlsxwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

namespace {

const QStringList kSites = { QStringLiteral("BAS-MUS-01"), QStringLiteral("BAS-ARC-01"), QStringLiteral("CAM-MUS-03"),
                             QStringLiteral("PUG-MON-02"), QStringLiteral("SIC-ARC-07") };

// Row i of the detail table: a site-hour, 5 sites x 12 opening hours a day.
struct Row
{
    QDate day;
    int site = 0;
    int hour = 0;
    std::int64_t visitors = 0;
    std::int64_t paying = 0;
    std::int64_t cents = 0;
    double share = 0;
};

Row rowAt(std::int64_t i)
{
    Row r;
    r.day = QDate(2020, 1, 1).addDays(i / 60);
    r.site = int(i % 5);
    r.hour = 9 + int((i / 5) % 12);
    r.visitors = 5 + (i * 7919) % 140;
    r.paying = r.visitors * 3 / 4;
    r.cents = r.paying * 1200 + (i % 7) * 50;
    r.share = double((i * 31) % 1000) / 10.0;
    return r;
}

core::ReportRow reportRow(const Row& r)
{
    return { r.day,  kSites.at(r.site), std::int64_t(r.hour), r.visitors, r.paying, core::Money::fromCents(r.cents),
             r.share };
}

const QStringList kHeader = { QStringLiteral("Day"),
                              QStringLiteral("Site"),
                              QStringLiteral("Hour"),
                              QStringLiteral("Visitors"),
                              QStringLiteral("Paying visitors"),
                              QStringLiteral("Gross revenue"),
                              QStringLiteral("Share (%)") };

// Resets the peak resident set to the current one (Linux >= 4.0), then reads it back.
void resetPeak()
{
    if (FILE* f = std::fopen("/proc/self/clear_refs", "w")) {
        std::fputs("5", f);
        std::fclose(f);
    }
}

double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return 0;
}

struct Figures
{
    double seconds = 0;
    double peakMb = 0;
    double megabytes = 0;
};

Figures measure(const QString& path, const std::function<void()>& run)
{
    QFile::remove(path);
    resetPeak();
    QElapsedTimer clock;
    clock.start();
    run();
    Figures f;
    f.seconds = double(clock.nsecsElapsed()) / 1e9;
    f.peakMb = peakMegabytes();
    f.megabytes = double(QFileInfo(path).size()) / 1e6;
    return f;
}

Figures baseline(const QString& path, std::int64_t rows)
{
    return measure(path, [&] {
        FILE* out = std::fopen(QFile::encodeName(path).constData(), "wb");
        std::fputs("Day,Site,Hour,Visitors,Paying visitors,Gross revenue,Share (%)\r\n", out);
        char line[160];
        for (std::int64_t i = 0; i < rows; ++i) {
            const Row r = rowAt(i);
            const int n = std::snprintf(
                line, sizeof line, "%04d-%02d-%02d,%s,%d,%lld,%lld,%lld.%02lld,%.1f\r\n", r.day.year(), r.day.month(),
                r.day.day(), kSites.at(r.site).toLatin1().constData(), r.hour, (long long)r.visitors,
                (long long)r.paying, (long long)(r.cents / 100), (long long)(r.cents % 100), r.share);
            std::fwrite(line, 1, size_t(n), out);
        }
        std::fclose(out);
    });
}

Figures csv(const QString& path, std::int64_t rows)
{
    return measure(path, [&] {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            std::exit(1);
        }
        core::CsvWriter writer(file);
        writer.writeHeader(kHeader);
        for (std::int64_t i = 0; i < rows; ++i) {
            writer.writeRow(reportRow(rowAt(i)));
        }
        writer.flush();
    });
}

Figures xlsx(const QString& path, std::int64_t rows)
{
    return measure(path, [&] {
        core::XlsxWriter writer(path);
        writer.addSheet(QStringLiteral("Hourly sales"), kHeader);
        for (std::int64_t i = 0; i < rows; ++i) {
            writer.writeRow(reportRow(rowAt(i)));
        }
        writer.close();
    });
}

void print(const char* name, std::int64_t rows, const Figures& f, const Figures& base)
{
    std::printf("  %-22s %8lld rows  %6.2f s  %9.0f rows/s  %7.1f MB file  peak RSS %6.1f MB  x%.1f baseline time\n",
                name, (long long)rows, f.seconds, double(rows) / f.seconds, f.megabytes, f.peakMb,
                f.seconds / base.seconds);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::int64_t rows = 1000000;
    QString dirPath;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--rows")) {
            rows = args.at(i + 1).toLongLong();
        } else if (args.at(i) == QLatin1String("--dir")) {
            dirPath = args.at(i + 1);
        }
    }
    QTemporaryDir temporary(dirPath.isEmpty() ? QDir::tempPath() + QStringLiteral("/benchexport-XXXXXX")
                                              : dirPath + QStringLiteral("/benchexport-XXXXXX"));
    if (!temporary.isValid()) {
        std::fprintf(stderr, "cannot make a temporary folder\n");
        return 1;
    }
    std::printf("Report export, %lld-row hourly-sales table (7 columns), files in %s\n", (long long)rows,
                qPrintable(temporary.path()));
    for (const std::int64_t n : { rows / 10, rows }) {
        const Figures base = baseline(temporary.filePath(QStringLiteral("baseline.csv")), n);
        const Figures c = csv(temporary.filePath(QStringLiteral("report.csv")), n);
        const Figures x = xlsx(temporary.filePath(QStringLiteral("report.xlsx")), n);
        print("baseline fwrite CSV", n, base, base);
        print("CsvWriter (RFC 4180)", n, c, base);
        print("XlsxWriter (QuaZip)", n, x, base);
    }
    return 0;
}
