// A signal from the field, end to end: recorded on the kiosk (store::record_signal, as the
// report screens do), uploaded by the kiosk's own uploader to the real receiver on 127.0.0.1,
// arrives once (a second send now adds nothing) with the day and no time of day anywhere.
#include "sync_test_support.hpp"

#include "common/rfc3339.hpp"
#include "common/signal_report.hpp"
#include "store/open_store.hpp"
#include "store/signal_store.hpp"

#include <catch2/catch.hpp>

using namespace sync_test;
using receiver_test::ConfigOptions;
using receiver_test::Receiver;
using receiver_test::TempDir;

TEST_CASE("a signal made on the kiosk arrives once, with the day and no time", "[sync][e2e]") {
    TempDir kiosk_dir, receiver_dir;
    const std::string data = kiosk_dir.file("data");
    kiosk::SignalReport report;
    report.day = kiosk::utc_now().substr(0, 10);
    report.reporter = "staff";
    report.sold_as = "unknown";
    report.form = "powder";
    report.colour = "white";
    report.mark = "none";
    report.effects = {"passed_out", "needed_help"};
    report.when = "this_week";
    report.setting = "street";
    report.people = "six_or_more";
    report.note = "heard_from_others";
    std::string id;
    {
        auto opened = kiosk::store::open_store(data, kiosk::utc_now());
        id = kiosk::store::record_signal(opened.db, report);
    }
    Receiver receiver(receiver_dir, receiver_test::write_config(receiver_dir));
    kiosk::sync::UploadService service(
        service_options(data, "http://127.0.0.1:" + std::to_string(receiver.port())), nullptr);
    service.start();
    pump_until_empty(service, 5);
    service.send_now(); // once more: nothing new arrives
    pump_until_empty(service, 2);
    CHECK(receiver_ids(receiver_dir) == std::set<std::string>{id});
    CHECK(receiver_rows(receiver_dir) == 1);
    CHECK(kiosk_ids_in(data, "delivered") == std::set<std::string>{id});

    kiosk::store::Database db = kiosk::store::Database::open(
        receiver_dir.file("receiver.db"), kiosk::store::Database::Mode::ReadOnly);
    kiosk::store::Statement row =
        db.prepare("SELECT type, occurred_at, sent_at, received_at, data FROM events");
    REQUIRE(row.step());
    CHECK(row.column_text(0) == "signal.reported");
    CHECK(row.column_text(1) == report.day + "T00:00:00Z");
    CHECK(row.column_text(2) == report.day);
    CHECK(row.column_text(3).size() == 10); // the receiver's day (UTC), no time
    CHECK(row.column_text(4) == kiosk::signal_json(report));
    service.stop();
    CHECK(receiver.stop() == 0);
}
