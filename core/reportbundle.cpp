#include "core/reportbundle.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

// QuaZip only in core's archive sources (its zlib macros clash with Beast's headers).
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <stdexcept>

namespace core {

namespace {

QString isoUtc(std::int64_t utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toString(Qt::ISODate);
}

[[noreturn]] void cannotRead(const QString& path, const QString& why)
{
    throw std::runtime_error(
        QCoreApplication::translate("core::ReportBundle", "Cannot read %1: %2").arg(path, why).toStdString());
}

[[noreturn]] void cannotWrite(const QString& path, int zipError)
{
    throw std::runtime_error(
        QCoreApplication::translate("core::ReportBundle", "Cannot write the bundle %1 (zip error %2).")
            .arg(path)
            .arg(zipError)
            .toStdString());
}

} // namespace

QString ReportBundle::sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        cannotRead(path, file.errorString());
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        cannotRead(path, file.errorString());
    }
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray ReportBundle::manifest(const QList<ReportBundleEntry>& entries, std::int64_t generatedUtc)
{
    QJsonArray files;
    for (const ReportBundleEntry& e : entries) {
        files.append(QJsonObject{ { QStringLiteral("name"), e.fileName },
                                  { QStringLiteral("size"), double(QFileInfo(e.sourcePath).size()) },
                                  { QStringLiteral("sha256"), sha256Of(e.sourcePath) },
                                  { QStringLiteral("type"), e.type },
                                  { QStringLiteral("title"), e.title },
                                  { QStringLiteral("scope"), e.scope },
                                  { QStringLiteral("scope_text"), e.scopeText },
                                  { QStringLiteral("from"), e.period.from.toString(Qt::ISODate) },
                                  { QStringLiteral("to"), e.period.to.toString(Qt::ISODate) },
                                  { QStringLiteral("generated_at"), isoUtc(e.generatedUtc) } });
    }
    const QJsonObject root{ { QStringLiteral("generator"), QStringLiteral("Cruscotto") },
                            { QStringLiteral("app_version"), QCoreApplication::applicationVersion() },
                            { QStringLiteral("generated_at"), isoUtc(generatedUtc) },
                            { QStringLiteral("files"), files } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void ReportBundle::write(const QString& path, const QList<ReportBundleEntry>& entries, const ReportProgress* progress)
{
    QSet<QString> names;
    for (const ReportBundleEntry& e : entries) {
        if (e.fileName == QLatin1String(ManifestName) || names.contains(e.fileName)) {
            throw std::invalid_argument("two files of a bundle have the same name");
        }
        names.insert(e.fileName);
    }
    const QByteArray manifestJson = manifest(entries, QDateTime::currentSecsSinceEpoch());
    ReportFile::writeAtomically(path, [&](const QString& temporaryPath) {
        QuaZip zip(temporaryPath);
        if (!zip.open(QuaZip::mdCreate)) {
            cannotWrite(path, zip.getZipError());
        }
        const auto add = [&](const QString& name, const std::function<void(QuaZipFile&)>& body) {
            QuaZipFile entry(&zip);
            QuaZipNewInfo info(name);
            info.dateTime = QDateTime::currentDateTime();
            if (!entry.open(QIODevice::WriteOnly, info)) {
                cannotWrite(path, entry.getZipError());
            }
            body(entry);
            entry.close();
            if (entry.getZipError() != 0) {
                cannotWrite(path, entry.getZipError());
            }
        };
        qint64 done = 0;
        for (const ReportBundleEntry& e : entries) {
            if (progress && progress->cancelled()) {
                zip.close();
                throw ReportCancelled();
            }
            add(e.fileName, [&](QuaZipFile& entry) {
                QFile source(e.sourcePath);
                if (!source.open(QIODevice::ReadOnly)) {
                    cannotRead(e.sourcePath, source.errorString());
                }
                while (!source.atEnd()) {
                    const QByteArray chunk = source.read(1 << 16);
                    if (entry.write(chunk) != chunk.size()) {
                        cannotWrite(path, entry.getZipError());
                    }
                }
            });
            if (progress && progress->onRows) {
                progress->onRows(++done, entries.size());
            }
        }
        add(QLatin1String(ManifestName), [&](QuaZipFile& entry) {
            if (entry.write(manifestJson) != manifestJson.size()) {
                cannotWrite(path, entry.getZipError());
            }
        });
        zip.close();
        if (zip.getZipError() != 0) {
            cannotWrite(path, zip.getZipError());
        }
    });
}

} // namespace core
