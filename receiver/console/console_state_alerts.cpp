// ConsoleState's alert channel: the alerts published from the console and the channel's
// version, changed together with the bundle that carries them.
#include "console_state.hpp"

#include <algorithm>

namespace console {

namespace {

using kiosk::store::Statement;
using kiosk::store::Transaction;

constexpr const char* kColumns = "id, block, level, title, issued, expires, published_by, "
                                 "published_at, withdrawn_by, withdrawn_at, signal_id";

ChannelAlert alert_of(Statement& row) {
    ChannelAlert a;
    for (auto [field, column] : {std::pair{&a.id, 0},
                                 {&a.block, 1},
                                 {&a.level, 2},
                                 {&a.title, 3},
                                 {&a.issued, 4},
                                 {&a.expires, 5},
                                 {&a.published_by, 6},
                                 {&a.published_at, 7},
                                 {&a.withdrawn_by, 8},
                                 {&a.withdrawn_at, 9},
                                 {&a.signal_id, 10}})
        *field = row.column_text(column);
    return a;
}

} // namespace

std::vector<ChannelAlert> ConsoleState::channel_alerts() {
    std::lock_guard<std::mutex> lock(mutex_);
    Statement query = db_.prepare(std::string("SELECT ") + kColumns +
                                  " FROM channel_alerts ORDER BY published_at DESC, id DESC");
    std::vector<ChannelAlert> alerts;
    while (query.step())
        alerts.push_back(alert_of(query));
    return alerts;
}

std::int64_t ConsoleState::alert_version() {
    std::lock_guard<std::mutex> lock(mutex_);
    Statement query = db_.prepare("SELECT version FROM alert_channel WHERE one = 1");
    query.step();
    return query.column_int64(0);
}

std::int64_t ConsoleState::change_alert(const ChannelAlert& alert, const AuditEntry& audit,
                                        std::int64_t version_floor, const PublishAlerts& publish) {
    std::lock_guard<std::mutex> lock(mutex_);
    Transaction tx(db_);
    Statement save = db_.prepare(std::string("INSERT OR REPLACE INTO channel_alerts (") + kColumns +
                                 ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    int column = 1;
    for (const std::string* field :
         {&alert.id, &alert.block, &alert.level, &alert.title, &alert.issued, &alert.expires,
          &alert.published_by, &alert.published_at, &alert.withdrawn_by, &alert.withdrawn_at,
          &alert.signal_id})
        save.bind(column++, *field);
    save.run();

    Statement last = db_.prepare("SELECT version FROM alert_channel WHERE one = 1");
    last.step();
    const std::int64_t version = std::max(last.column_int64(0) + 1, version_floor);
    Statement raise = db_.prepare("UPDATE alert_channel SET version = ?1 WHERE one = 1");
    raise.bind(1, version);
    raise.run();

    Statement current = db_.prepare(std::string("SELECT ") + kColumns +
                                    " FROM channel_alerts WHERE withdrawn_at = '' "
                                    "ORDER BY published_at, id");
    std::vector<ChannelAlert> on_channel;
    while (current.step())
        on_channel.push_back(alert_of(current));
    publish(version, on_channel); // throws: the transaction rolls back
    append_locked(audit);
    tx.commit();
    return version;
}

} // namespace console
