// Climate and occupancy logs replayed by cruscotto-cli ingest-sensors
// (sync::SensorGateway::readLog, UCI "Occupancy Detection" format).
#include "sync/sensorgateway.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <stdexcept>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.txt"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return 0;
        }
        file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    }
    try {
        const auto log = cruscotto::sync::SensorGateway::readLog(path, {});
        // What is kept is in time order, one reading per instant.
        for (qsizetype i = 1; i < log.readings.size(); ++i) {
            if (log.readings[i - 1].atUtc >= log.readings[i].atUtc) {
                __builtin_trap();
            }
        }
    } catch (const std::runtime_error&) {
        // A file that cannot be used at all: refused with a message, as documented.
    }
    return 0;
}
