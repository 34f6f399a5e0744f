#pragma once

#include "core/demogenerator.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace testsupport {

// A temporary data directory, removed with the object, like --data-dir points to.
class TestDataDir
{
public:
    TestDataDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    bool isValid() const { return m_dir.isValid(); }

    // Writes a demo cache here (small by default, so tests stay fast).
    core::DemoGenerator::Summary writeDemo(int sites = 4, int years = 1, const QDate& until = QDate(2025, 6, 30),
                                           std::uint64_t seed = 7) const;

private:
    QTemporaryDir m_dir;
};

// One of our executables (build/app/PROGRAM) run as a user would: English
// messages, no display needed. exitCode is -1 when it crashed or timed out.
struct AppRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
AppRun runApp(const QString& program, const QStringList& arguments, int timeoutMs = 180000);

// Files in the source tree (tests/…/data, ../shared) the test may read.
QString sourcePath(const QString& relative);

} // namespace testsupport
