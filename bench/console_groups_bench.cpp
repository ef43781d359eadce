// The console's Groups page on a year of data (docs/console.md, "Groups", speed): fills a
// fresh store with a year of peer-group events at many locations, then times what a request
// to /groups does (read the events, count, draw the page) and prints p50 and p95.
//
// Each location has four weekly groups (one of each type); each session 10 booked and 2 on the
// waiting list, a cancellation with a promotion, 10 marks (one changed, one undone), an
// anonymous walk-in and a walk-in with a code, from a pool of 150 codes per location, so codes
// move along the track. About 33 events a session.
//
// Usage: console_groups_bench [DATABASE=<temp>/bench.db] [LOCATIONS=50] [WEEKS=52] [RUNS=20]
//        DATABASE may be a postgresql:// URI (an empty database).
#include "event_store.hpp"
#include "groups_page.hpp"
#include "groups_report.hpp"

#include "common/calendar.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace {

using console::GroupType;

struct Generator {
    std::vector<receiver::StoredEvent> events;
    long next = 0;

    std::string id() {
        char text[40];
        std::snprintf(text, sizeof text, "00000000-0000-4000-8000-%012lx", ++next);
        return text;
    }
    std::string add(const std::string& kiosk, const std::string& type, const std::string& at,
                    const std::string& data) {
        receiver::StoredEvent e;
        e.id = id();
        e.kiosk_id = kiosk;
        e.type = type;
        e.occurred_at = at;
        e.schema = 1;
        e.data_json = data;
        e.canonical = e.id + data;
        e.sent_at = at;
        e.received_at = at;
        events.push_back(e);
        return e.id;
    }
};

std::string code_of(int n) {
    char text[8];
    std::snprintf(text, sizeof text, "KAA%03d", n);
    return text;
}

void session(Generator& g, const std::string& kiosk, const std::string& sid, const std::string& day,
             int seed) {
    const std::string at = day + "T09:00:00Z";
    const auto data = [&](const std::string& code, const std::string& more) {
        return "{\"session_id\":\"" + sid +
               "\",\"code\":" + (code.empty() ? std::string("null") : "\"" + code + "\"") + more +
               "}";
    };
    std::vector<std::string> codes;
    for (int i = 0; i < 12; ++i) {
        codes.push_back(code_of((seed * 7 + i * 13) % 150));
    }
    for (int i = 0; i < 12; ++i) {
        g.add(kiosk, i < 10 ? "signup.created" : "signup.waitlisted", at,
              data(codes[i], ",\"capacity\":10"));
    }
    g.add(kiosk, "signup.cancelled", at, data(codes[0], ",\"was\":\"booked\""));
    g.add(kiosk, "signup.promoted", at, data(codes[10], ""));
    const std::string marked = day + "T14:00:00Z";
    for (int i = 1; i <= 10; ++i) {
        const char* mark = i == 9 ? "absent" : i == 10 ? "excused" : "present";
        g.add(
            kiosk, "attendance.marked", marked,
            data(codes[i], ",\"mark\":\"" + std::string(mark) + "\",\"count\":1,\"staff\":\"x\""));
    }
    const std::string wrong = g.add(kiosk, "attendance.marked", marked,
                                    data(codes[9], ",\"mark\":\"present\",\"count\":1"));
    g.add(kiosk, "attendance.undone", marked,
          data(codes[9], ",\"mark\":\"present\",\"undoes\":\"" + wrong + "\""));
    g.add(kiosk, "attendance.marked", marked, data("", ",\"mark\":\"walk_in\",\"count\":1"));
    g.add(kiosk, "attendance.marked", marked,
          data(code_of((seed + 77) % 150), ",\"mark\":\"walk_in\",\"count\":1"));
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * v.size()))];
}

} // namespace

int main(int argc, char** argv) {
    const std::string temp = (std::filesystem::temp_directory_path() / "console_groups_bench.db");
    const std::string database = argc > 1 ? argv[1] : temp;
    const int locations = argc > 2 ? std::atoi(argv[2]) : 50;
    const int weeks = argc > 3 ? std::atoi(argv[3]) : 52;
    const int runs = argc > 4 ? std::atoi(argv[4]) : 20;
    if (database == temp) {
        std::filesystem::remove(temp);
    }
    const auto store = receiver::open_event_store(database, false);
    const char* groups[] = {"experience", "coaching", "work-garden", "training"};
    console::GroupTypes types = {{"experience", GroupType::Experience},
                                 {"coaching", GroupType::Coaching},
                                 {"work-garden", GroupType::Work},
                                 {"training", GroupType::Training}};
    const auto first = *kiosk::LocalDate::parse("2025-12-01");
    std::size_t stored = 0;
    for (int l = 0; l < locations; ++l) {
        Generator g;
        g.next = static_cast<long>(l) * 10000000;
        const std::string kiosk = "location-" + std::to_string(l);
        for (int w = 0; w < weeks; ++w) {
            for (int k = 0; k < 4; ++k) {
                const std::string day = first.add_days(7 * w + k).format();
                session(g, kiosk, std::string(groups[k]) + "/" + day + "T14:00", day,
                        w * 4 + k + l);
            }
        }
        store->insert(g.events);
        stored += g.events.size();
    }
    std::printf("%zu group events at %d locations over %d weeks in %s\n", stored, locations, weeks,
                store->describe().c_str());
    const std::string today = first.add_days(7 * weeks - 1).format();
    for (const char* by : {"week", "day"}) {
        const bool year = std::string(by) == "day";
        const console::Period period{year ? first.format()
                                          : first.add_days(7 * weeks - 84).format(),
                                     today, year ? console::Grain::Day : console::Grain::Week, ""};
        std::vector<double> ms;
        std::size_t page_bytes = 0;
        for (int r = 0; r < runs; ++r) {
            const auto start = std::chrono::steady_clock::now();
            const auto events = console::load_group_events(*store);
            const auto report = console::groups_report(events, period, types);
            page_bytes = console::groups_main(report, period, console::Lang::En, {}).size();
            ms.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count());
        }
        std::printf("%s to %s by %s: p50 %.0f ms, p95 %.0f ms (%zu bytes of page)\n",
                    period.from.c_str(), period.to.c_str(), by, percentile(ms, 0.5),
                    percentile(ms, 0.95), page_bytes);
    }
    return 0;
}
