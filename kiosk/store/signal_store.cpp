// One signal, one event, one transaction.
#include "store/signal_store.hpp"

#include "store/outbox.hpp"

namespace kiosk::store {

std::string record_signal(Database& db, const SignalReport& report) {
    if (const std::string problem = signal_problem(report); !problem.empty())
        throw StoreError(SQLITE_MISUSE, "record_signal: " + problem +
                                            "; this is a fault in the kiosk software, report it "
                                            "to the kiosk maintainer");
    Transaction tx(db);
    const std::string id =
        append_event(db, EventKind::SignalReported, signal_json(report), report.day + "T00:00:00Z");
    tx.commit();
    return id;
}

} // namespace kiosk::store
