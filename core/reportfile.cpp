#include "core/reportfile.h"

#include "core/csvwriter.h"
#include "core/xlsxwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace core {

namespace {

constexpr qint64 ProgressEvery = 4096; // rows between progress calls and cancel checks

} // namespace

void ReportFile::writeAtomically(const QString& path, const std::function<void(const QString& temporaryPath)>& writeTo)
{
    const QFileInfo target(path);
    if (target.isDir()) {
        throw std::runtime_error(QCoreApplication::translate("core::ReportFile", "%1 is a folder, not a file name.")
                                     .arg(path)
                                     .toStdString());
    }
    const QDir dir = target.absoluteDir();
    if (!dir.exists()) {
        throw std::runtime_error(QCoreApplication::translate("core::ReportFile", "The folder %1 does not exist.")
                                     .arg(dir.path())
                                     .toStdString());
    }
    QTemporaryFile temporary(dir.filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!temporary.open()) {
        throw std::runtime_error(QCoreApplication::translate("core::ReportFile", "Cannot write in %1: %2")
                                     .arg(dir.path(), temporary.errorString())
                                     .toStdString());
    }
    temporary.close(); // the writer opens it by name; QTemporaryFile still removes it on failure
    writeTo(temporary.fileName());
    // A temporary file is private (0600); a report is an ordinary document.
    QFile::setPermissions(temporary.fileName(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    // rename(2) replaces the target in one step: readers see the old file or the new one.
    if (std::rename(QFile::encodeName(temporary.fileName()).constData(), QFile::encodeName(path).constData()) != 0) {
        const int error = errno;
        throw std::runtime_error(QCoreApplication::translate("core::ReportFile", "Cannot write %1: %2")
                                     .arg(path, QString::fromLocal8Bit(std::strerror(error)))
                                     .toStdString());
    }
    temporary.setAutoRemove(false);
}

QString ReportFile::extension(ReportFormat format)
{
    return format == ReportFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

void ReportFile::write(const QString& path, ReportFormat format, const QList<ReportTable>& tables,
                       const ReportProgress* progress)
{
    qint64 total = 0;
    for (const ReportTable& table : tables) {
        total += table.rows.size();
    }
    qint64 done = 0;
    const auto step = [&]() {
        ++done;
        if (progress && done % ProgressEvery == 0) {
            if (progress->cancelled()) {
                throw ReportCancelled();
            }
            if (progress->onRows) {
                progress->onRows(done, total);
            }
        }
    };
    writeAtomically(path, [&](const QString& temporaryPath) {
        if (format == ReportFormat::Xlsx) {
            XlsxWriter xlsx(temporaryPath);
            for (const ReportTable& table : tables) {
                xlsx.addSheet(table.name, table.header);
                for (const ReportRow& row : table.rows) {
                    xlsx.writeRow(row);
                    step();
                }
            }
            xlsx.close();
        } else {
            QFile file(temporaryPath);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                throw std::runtime_error(QCoreApplication::translate("core::ReportFile", "Cannot write %1: %2")
                                             .arg(temporaryPath, file.errorString())
                                             .toStdString());
            }
            CsvWriter csv(file,
                          format == ReportFormat::CsvItalianExcel ? CsvWriter::Dialect::ItalianExcel
                                                                  : CsvWriter::Dialect::Rfc4180);
            bool first = true;
            for (const ReportTable& table : tables) {
                if (!first) {
                    csv.writeRow({}); // a blank line between tables
                }
                first = false;
                csv.writeHeader(table.header);
                for (const ReportRow& row : table.rows) {
                    csv.writeRow(row);
                    step();
                }
            }
            csv.flush();
            if (!file.flush()) {
                throw std::runtime_error(QCoreApplication::translate("core::ReportFile", "Cannot write %1: %2")
                                             .arg(temporaryPath, file.errorString())
                                             .toStdString());
            }
            file.close();
        }
        if (progress && progress->onRows) {
            progress->onRows(total, total);
        }
    });
}

} // namespace core
