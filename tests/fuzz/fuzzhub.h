#pragma once

// A small hub database for the ingest fuzz targets: the demo region (three sites,
// no history) and the demo users, in a temporary directory that lives as long as
// the process. Built once, on the first input.
#include "core/database.h"
#include "sync/deviceregistry.h"
#include "sync/hubdemo.h"
#include "sync/hubstore.h"
#include "sync/hubusers.h"

#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace fuzzsupport {

// 2025-03-01: after the demo's days, so sales and readings in January are in the past.
constexpr std::int64_t kNowUtc = 1740787200;

class FuzzHub
{
public:
    static FuzzHub& instance()
    {
        static FuzzHub hub;
        return hub;
    }

    cruscotto::sync::HubStore& store() { return *m_store; }
    const cruscotto::sync::HubCaller& caller(const char* name)
    {
        for (const auto& [user, caller] : m_callers) {
            if (user == name) {
                return caller;
            }
        }
        std::abort(); // a harness asked for a user the demo does not have
    }

private:
    FuzzHub()
    {
        if (!m_dir.isValid()) {
            std::abort();
        }
        m_store = std::make_unique<cruscotto::sync::HubStore>(m_dir.path());
        core::DemoGenerator::Options options;
        options.sites = 3;
        options.years = 0;
        options.until = QDate(2025, 1, 15);
        options.seed = 11;
        cruscotto::sync::HubDemo::prepare(*m_store, options);
        m_store->write([&](core::Database& db) {
            cruscotto::sync::HubUsers users(db);
            for (const char* name : { "director", "clerk", "regional", "gateway" }) {
                const auto caller = users.checkPassword(QString::fromLatin1(name), cruscotto::sync::HubDemo::Password);
                if (!caller) {
                    std::abort();
                }
                m_callers.emplace_back(name, *caller);
            }
        });
        // The clerk's counter, so ledger batches get past "unknown device" to the records.
        const auto registered = cruscotto::sync::DeviceRegistry::registerDevice(
            *m_store, caller("clerk"),
            R"({"device_id":"0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f0","site":"BAS-MUS-01","name":"Fuzz",)"
            R"("public_key":"mPaE2L4dxUh8B9WWr9Hl6nTYqtFEYGGPeookW97++CM="})",
            kNowUtc);
        if (registered.status != 200 && registered.status != 201) {
            std::abort();
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<cruscotto::sync::HubStore> m_store;
    std::vector<std::pair<std::string, cruscotto::sync::HubCaller>> m_callers;
};

} // namespace fuzzsupport
