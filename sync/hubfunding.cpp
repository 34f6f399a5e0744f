#include "sync/hubfunding.h"

#include "sync/jsonfields.h"

#include "core/database.h"
#include "core/fundingimport.h"
#include "core/fundingtable.h"
#include "sync/hubstore.h"
#include "sync/hubusers.h"

#include <QCoreApplication>

#include <boost/json.hpp>

#include <algorithm>
#include <iterator>
#include <optional>
#include <vector>

namespace cruscotto::sync {

namespace json = boost::json;

namespace {

using namespace jsonfields;

constexpr std::size_t kMaxCodeBytes = 40;
constexpr std::size_t kMaxTextBytes = 2000;

std::string translated(const char* text)
{
    return QCoreApplication::translate("sync::HubFunding", text).toStdString();
}

HubFunding::Outcome failure(int status, const char* code, const std::string& message, json::object extra = {})
{
    json::object root{ { "error", code }, { "message", message } };
    for (auto& field : extra) {
        root[field.key()] = std::move(field.value());
    }
    return { status, json::serialize(root) };
}

class Problems
{
public:
    void add(const std::string& field, const char* text) { m_list.push_back({ field, translated(text) }); }
    bool empty() const { return m_list.empty(); }
    HubFunding::Outcome answer() const
    {
        json::array list;
        for (const auto& [field, message] : m_list) {
            list.push_back(json::object{ { "field", field }, { "message", message } });
        }
        return failure(422, "invalid_funding",
                       translated(QT_TRANSLATE_NOOP("sync::HubFunding", "The table is not valid; nothing was stored.")),
                       json::object{ { "problems", std::move(list) } });
    }

private:
    std::vector<std::pair<std::string, std::string>> m_list;
};

// A text field: absent is empty when optional; nullopt (a problem added) when it is
// not a string, too long, or missing and required.
std::optional<QString> textField(const json::object& row, const char* name, const std::string& at, bool required,
                                 std::size_t maxBytes, Problems& problems)
{
    const json::value* value = row.if_contains(name);
    if (!value || value->is_null()) {
        if (required) {
            problems.add(at + name, QT_TRANSLATE_NOOP("sync::HubFunding", "Required."));
            return std::nullopt;
        }
        return QString();
    }
    const json::string* text = value->if_string();
    if (!text) {
        problems.add(at + name, QT_TRANSLATE_NOOP("sync::HubFunding", "Must be a string."));
        return std::nullopt;
    }
    if (text->size() > maxBytes) {
        problems.add(at + name, QT_TRANSLATE_NOOP("sync::HubFunding", "Too long."));
        return std::nullopt;
    }
    const QString result = qs(*text).simplified();
    if (required && result.isEmpty()) {
        problems.add(at + name, QT_TRANSLATE_NOOP("sync::HubFunding", "Required."));
        return std::nullopt;
    }
    return result;
}

std::optional<core::Money> centsField(const json::object& row, const char* name, const std::string& at, bool required,
                                      Problems& problems)
{
    const json::value* value = row.if_contains(name);
    if (!value) {
        if (required) {
            problems.add(at + name, QT_TRANSLATE_NOOP("sync::HubFunding", "Required: an amount in cents."));
            return std::nullopt;
        }
        return core::Money();
    }
    const auto cents = integerOf(value);
    if (!cents || *cents < 0 || *cents > HubFunding::MaxCents) {
        problems.add(at + name, QT_TRANSLATE_NOOP("sync::HubFunding", "Must be a whole number of cents, 0 or more."));
        return std::nullopt;
    }
    return core::Money::fromCents(*cents);
}

// Whether the caller may publish a table for `kind`:`code`.
bool inScope(core::Database& db, const HubCaller& caller, const QString& kind, const QString& code)
{
    if (caller.role == HubRole::Director) {
        return kind == QLatin1String("site") && caller.scope.contains(code);
    }
    if (caller.role != HubRole::Regional) {
        return false;
    }
    if (kind == QLatin1String("region")) {
        return caller.scope.contains(code);
    }
    core::Statement site = db.prepare(
        "SELECT COUNT(*) FROM sites s JOIN user_sites us ON us.site_id = s.id WHERE us.user_id = ? AND s.code = ?");
    site.bind(1, caller.userId).bind(2, code);
    return site.step() && site.int64(0) > 0;
}

} // namespace

HubFunding::Outcome HubFunding::put(HubStore& store, const HubCaller& caller, std::string_view body,
                                    std::int64_t nowUtc)
{
    if (caller.role != HubRole::Director && caller.role != HubRole::Regional) {
        return failure(403, "forbidden",
                       translated(QT_TRANSLATE_NOOP("sync::HubFunding",
                                                    "Funding tables are published by directors and regional "
                                                    "managers.")));
    }
    const auto root = parseObject(body);
    if (!root) {
        return failure(400, "bad_request",
                       translated(QT_TRANSLATE_NOOP("sync::HubFunding", "The body must be a JSON object.")));
    }
    Problems problems;
    for (const auto& field : *root) {
        if (field.key() != "scope" && field.key() != "title" && field.key() != "lines") {
            problems.add(std::string(field.key()),
                         QT_TRANSLATE_NOOP("sync::HubFunding", "Unknown field: leave it out."));
        }
    }
    QString scopeKind;
    QString scopeCode;
    if (const auto scope = textField(*root, "scope", {}, true, kMaxCodeBytes + 8, problems)) {
        const qsizetype colon = scope->indexOf(QLatin1Char(':'));
        scopeKind = scope->left(colon);
        scopeCode = scope->mid(colon + 1);
        if (colon < 0 || (scopeKind != QLatin1String("site") && scopeKind != QLatin1String("region"))
            || scopeCode.isEmpty()) {
            problems.add("scope", QT_TRANSLATE_NOOP("sync::HubFunding", "Must be \"site:CODE\" or \"region:CODE\"."));
        }
    }
    core::FundingTable table;
    if (const auto title = textField(*root, "title", {}, false, kMaxTextBytes, problems)) {
        table.title = *title;
    }
    const json::value* lines = root->if_contains("lines");
    if (!lines || !lines->is_array() || lines->as_array().empty() || lines->as_array().size() > MaxLines) {
        problems.add("lines", QT_TRANSLATE_NOOP("sync::HubFunding", "Must be a list of 1 to 500 lines."));
    } else {
        const json::array& list = lines->as_array();
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string at = "lines[" + std::to_string(i) + "].";
            const json::object* row = list[i].if_object();
            if (!row) {
                problems.add("lines[" + std::to_string(i) + "]",
                             QT_TRANSLATE_NOOP("sync::HubFunding", "A line must be a JSON object."));
                continue;
            }
            for (const auto& field : *row) {
                static const std::string_view known[]
                    = { "code",        "description",  "target",          "deadline",
                        "status",      "funded_cents", "committed_cents", "in_progress_cents",
                        "spent_cents", "notes" };
                if (std::find(std::begin(known), std::end(known), field.key()) == std::end(known)) {
                    problems.add(at + std::string(field.key()),
                                 QT_TRANSLATE_NOOP("sync::HubFunding", "Unknown field: leave it out."));
                }
            }
            core::FundingLine line;
            const auto code = textField(*row, "code", at, true, kMaxCodeBytes, problems);
            const auto description = textField(*row, "description", at, true, kMaxTextBytes, problems);
            const auto target = textField(*row, "target", at, false, kMaxTextBytes, problems);
            const auto deadline = textField(*row, "deadline", at, false, 20, problems);
            const auto status = textField(*row, "status", at, false, 100, problems);
            const auto notes = textField(*row, "notes", at, false, kMaxTextBytes, problems);
            const auto funded = centsField(*row, "funded_cents", at, true, problems);
            const auto committed = centsField(*row, "committed_cents", at, true, problems);
            const auto inProgress = centsField(*row, "in_progress_cents", at, false, problems);
            const auto spent = centsField(*row, "spent_cents", at, true, problems);
            if (deadline && !deadline->isEmpty()) {
                line.deadline = core::FundingImport::quarterEnd(*deadline);
                if (!line.deadline.isValid()) {
                    problems.add(at + "deadline",
                                 QT_TRANSLATE_NOOP("sync::HubFunding", "Must be a quarter such as \"T4-2025\"."));
                }
                line.deadlineText = *deadline;
            }
            line.code = code.value_or(QString());
            line.description = description.value_or(QString());
            line.target = target.value_or(QString());
            line.status = status.value_or(QString());
            line.notes = notes.value_or(QString());
            line.funded = funded.value_or(core::Money());
            line.committed = committed.value_or(core::Money());
            line.inProgress = inProgress.value_or(core::Money());
            line.spent = spent.value_or(core::Money());
            table.lines.append(line);
        }
    }
    if (!problems.empty()) {
        return problems.answer();
    }
    table.linkParents();
    table.scopeKind = scopeKind;
    table.scopeCode = scopeCode;

    return store.write([&](core::Database& db) -> Outcome {
        core::Transaction tx(db);
        if (!inScope(db, caller, scopeKind, scopeCode)) {
            return failure(403, "forbidden",
                           translated(QT_TRANSLATE_NOOP("sync::HubFunding",
                                                        "The scope is not yours: a director publishes for their "
                                                        "sites, a regional manager for their regions.")));
        }
        core::Statement owner = db.prepare("SELECT scope_kind, scope_code FROM funding_tables WHERE code = ?");
        owner.bind(1, table.code);
        if (owner.step() && (owner.text(0) != scopeKind || owner.text(1) != scopeCode)) {
            return failure(409, "table_of_another_scope",
                           translated(QT_TRANSLATE_NOOP("sync::HubFunding",
                                                        "A table with this code is already published for another "
                                                        "site or region.")),
                           json::object{ { "scope", jsonText(owner.text(0) + QLatin1Char(':') + owner.text(1)) } });
        }
        owner = core::Statement();
        core::Statement upload = db.prepare("INSERT INTO funding_uploads (table_code, scope_kind, scope_code, "
                                            "user_id, uploaded_utc, lines) VALUES (?,?,?,?,?,?)");
        upload.bind(1, table.code)
            .bind(2, scopeKind)
            .bind(3, scopeCode)
            .bind(4, caller.userId)
            .bind(5, nowUtc)
            .bind(6, table.lines.size());
        upload.exec();
        // The upload's number is the table's generation: clients drop lines of any other.
        const std::int64_t generation = db.lastInsertRowId();
        core::Statement drop = db.prepare("DELETE FROM funding_lines WHERE table_code = ?");
        drop.bind(1, table.code);
        drop.exec();
        core::Statement head = db.prepare(
            "INSERT INTO funding_tables (code, title, scope_kind, scope_code, generation, imported_utc, rev) "
            "VALUES (?,?,?,?,?,?,0) ON CONFLICT (code) DO UPDATE SET title = excluded.title, generation = "
            "excluded.generation, imported_utc = excluded.imported_utc, rev = 0");
        head.bind(1, table.code)
            .bind(2, table.title)
            .bind(3, scopeKind)
            .bind(4, scopeCode)
            .bind(5, generation)
            .bind(6, nowUtc);
        head.exec();
        core::Statement insert = db.prepare(
            "INSERT INTO funding_lines (table_code, position, generation, code, description, target, deadline_text, "
            "deadline_day, status, funded_cents, committed_cents, in_progress_cents, spent_cents, notes, parent, "
            "rev) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
        core::Money funded, committed, inProgress, spent;
        for (const core::FundingLine& line : table.lines) {
            insert.bind(1, table.code)
                .bind(2, line.position)
                .bind(3, generation)
                .bind(4, line.code)
                .bind(5, line.description)
                .bind(6, line.target)
                .bind(7, line.deadlineText);
            if (line.deadline.isValid()) {
                insert.bind(8, line.deadline.toJulianDay());
            } else {
                insert.bindNull(8);
            }
            insert.bind(9, line.status)
                .bind(10, line.funded.cents())
                .bind(11, line.committed.cents())
                .bind(12, line.inProgress.cents())
                .bind(13, line.spent.cents())
                .bind(14, line.notes)
                .bind(15, line.parent);
            insert.exec();
            if (line.parent < 0) {
                funded += line.funded;
                committed += line.committed;
                inProgress += line.inProgress;
                spent += line.spent;
            }
        }
        store.numberPendingRevisions(db);
        tx.commit();
        json::object answer{ { "code", jsonText(table.code) },         { "generation", generation },
                             { "lines", table.lines.size() },          { "funded_cents", funded.cents() },
                             { "committed_cents", committed.cents() }, { "in_progress_cents", inProgress.cents() },
                             { "spent_cents", spent.cents() } };
        return { 200, json::serialize(answer) };
    });
}

} // namespace cruscotto::sync
