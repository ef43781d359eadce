// The Signals page's pieces alone (docs/console.md, "Signals") and the console's state store
// ("Console state and audit log"): the words equal to the kiosk's, the filters, choices and
// counts, reviewed marks and the audit log surviving a reopen, a newer file refused. The page
// in-process is in console_signals_app_test.cpp.
#include "console_config.hpp"
#include "console_state.hpp"
#include "receiver_harness.hpp"
#include "signals.hpp"
#include "signals_page.hpp"
#include "signals_texts.hpp"
#include "web_form.hpp"

#include "common/signal_report.hpp"

#include <catch2/catch.hpp>
#include <toml++/toml.h>

#include <filesystem>

using namespace console;
using receiver_test::TempDir;

namespace {

kiosk::SignalReport report(const std::string& day, const std::string& sold_as,
                           const std::string& form, std::vector<std::string> effects) {
    kiosk::SignalReport r;
    r.day = day;
    r.reporter = "visitor";
    r.sold_as = sold_as;
    r.form = form;
    r.colour = "pink";
    r.mark = "none";
    r.effects = std::move(effects);
    r.when = "today";
    return r;
}

receiver::ExportRow row(const std::string& id, const std::string& kiosk,
                        const kiosk::SignalReport& r) {
    return {id, kiosk, r.day + "T00:00:00Z", r.day + "T00:00:00Z", kiosk::signal_json(r)};
}

// The value of key in section of a toml file, or "".
std::string toml_value(const toml::table& t, const std::string& section, std::string_view key) {
    const auto* node = t.at_path(section).as_table();
    if (node == nullptr) {
        return "";
    }
    return node->get_as<std::string>(key) ? node->get_as<std::string>(key)->get() : "";
}

} // namespace

TEST_CASE("console signals: every word of a report is the kiosk's own, in Dutch and English",
          "[console]") {
    const std::string assets = KIOSK_TEST_ASSETS;
    for (const auto& [lang, code] : {std::pair{Lang::Nl, "nl"}, {Lang::En, "en"}}) {
        const toml::table i18n = toml::parse_file(assets + "/i18n/" + code + ".toml");
        const auto check = [&](SignalField field, const char* section, const auto& words) {
            for (const auto w : words) {
                INFO(section << "." << w << " in " << code);
                CHECK(signal_word(field, std::string(w), lang) ==
                      toml_value(i18n, section, std::string(w)));
            }
        };
        check(SignalField::Form, "report.form_is", kiosk::kSignalForms);
        check(SignalField::Colour, "report.colour_is", kiosk::kSignalColours);
        check(SignalField::Mark, "report.mark_is", kiosk::kSignalMarks);
        check(SignalField::Effect, "report.effect", kiosk::kSignalEffects);
        check(SignalField::When, "report.when_is", kiosk::kSignalWhen);
        check(SignalField::Setting, "report.setting_is", kiosk::kSignalSettings);
        check(SignalField::People, "report.people_is", kiosk::kSignalPeople);
        check(SignalField::Note, "report.note_is", kiosk::kSignalNotes);
        CHECK(signal_word(SignalField::SoldAs, "unknown", lang) ==
              toml_value(i18n, "report", "dont_know"));
        for (const auto& file :
             std::filesystem::directory_iterator(assets + "/content/substances")) {
            const toml::table substance = toml::parse_file(file.path().string());
            const std::string id = file.path().stem().string();
            INFO(id << " in " << code);
            CHECK(signal_word(SignalField::SoldAs, id, lang) ==
                  toml_value(substance, code, "name"));
        }
    }
    CHECK(signal_word(SignalField::SoldAs, "new_pill_2027", Lang::En) == "new_pill_2027");
}

TEST_CASE("console signals: filters from the query, the choices offered and the counts",
          "[console]") {
    const std::vector<receiver::ExportRow> rows = {
        row("00000000-0000-4000-8000-000000000001", "centre-a",
            report("2026-11-30", "mdma", "pill", {"stronger", "sick"})),
        row("00000000-0000-4000-8000-000000000002", "centre-b",
            report("2026-12-03", "mdma", "powder", {"sick"})),
        row("00000000-0000-4000-8000-000000000003", "centre-a",
            report("2026-12-03", "cocaine", "powder", {"different"})),
        row("00000000-0000-4000-8000-000000000004", "centre-a",
            report("2026-08-01", "ketamine", "liquid", {"passed_out"})),
        {"00000000-0000-4000-8000-000000000005", "centre-a", "2026-12-03T00:00:00Z",
         "2026-12-03T00:00:00Z", R"({"form":"tablet"})"}, // not a report: left out
    };
    const auto signals = read_signals(rows);
    REQUIRE(signals.size() == 4);
    CHECK(signals[0].id == "00000000-0000-4000-8000-000000000003"); // newest day, then id
    CHECK(signals[1].id == "00000000-0000-4000-8000-000000000002");
    CHECK(signals[3].report.sold_as == "ketamine");

    // Defaults: the 12 weeks to today, every location, nothing else; words not on a list
    // are dropped, not trusted.
    SignalFilter f = signal_filter_from(
        {{"sold_as", "<b>"}, {"form", "tablet"}, {"effect", "sick"}, {"unreviewed", "yes"}},
        "2026-12-04");
    CHECK(f.period.from == "2026-09-12");
    CHECK(f.sold_as.empty());
    CHECK(f.form.empty());
    CHECK(f.effect == "sick");
    CHECK_FALSE(f.unreviewed_only);
    CHECK(signal_query(f) == "from=2026-09-12&to=2026-12-04&by=week&effect=sick");
    auto chosen = select_signals(signals, f, {});
    REQUIRE(chosen.size() == 2);
    CHECK(chosen[0].kiosk_id == "centre-b");

    f = signal_filter_from({{"kiosk", "centre-a"}, {"form", "powder"}, {"unreviewed", "1"}},
                           "2026-12-04");
    CHECK(signal_filter_from({}, "2026-12-04").period.kiosk.empty());
    CHECK(select_signals(signals, f, {}).size() == 1);
    CHECK(select_signals(signals, f, {{"00000000-0000-4000-8000-000000000003", {"anna", "x"}}})
              .empty());
    CHECK(signal_filter_from(parse_form(signal_query(f)), "2026-12-04").form == "powder");

    // The choices: what the period and location hold, and the chosen value even when absent.
    f = signal_filter_from({{"sold_as", "lsd"}}, "2026-12-04");
    const SignalChoices choices = signal_choices(signals, f);
    CHECK(choices.sold_as == std::vector<std::string>{"cocaine", "lsd", "mdma"});
    CHECK(choices.forms == std::vector<std::string>{"pill", "powder"});
    CHECK(choices.effects == std::vector<std::string>{"different", "sick", "stronger"});

    // Counts per ISO week and substance: newest week first, most reports first.
    f = signal_filter_from({}, "2026-12-04");
    const auto counts = count_signals(select_signals(signals, f, {}), Grain::Week);
    REQUIRE(counts.size() == 2);
    CHECK(counts[0].bucket == "2026-W49");
    CHECK(counts[0].sold_as == "mdma");
    CHECK(counts[0].reports == 2);
    CHECK(counts[1].sold_as == "cocaine");
    CHECK(count_signals(signals, Grain::Month).front().bucket == "2026-12");
    const ReportTable table =
        signals_count_table(select_signals(signals, f, {}), Grain::Week, Lang::Nl);
    CHECK(table.rows[0] == std::vector<std::string>{"2026-W49", "MDMA en xtc", "2"});
}

TEST_CASE("console state: reviewed marks survive reopening, and the audit log appends and reads",
          "[console]") {
    TempDir dir;
    const std::string path = dir.file("console-state.db");
    const std::string id = "00000000-0000-4000-8000-000000000001";
    {
        ConsoleState state(path);
        CHECK(state.schema_version() == kStateSchemaVersion);
        CHECK(state.reviews().empty());
        CHECK(state.mark_reviewed(id, "anna", "2026-12-04T12:00:00Z"));
        CHECK_FALSE(state.mark_reviewed(id, "piet", "2026-12-04T13:00:00Z")); // marked already
        CHECK(state.append_audit({0, "2026-12-04T12:05:00Z", "peer1", "contact viewed",
                                  "00000000-0000-4000-8000-0000000000aa"}) == 2);
    }
    CHECK((std::filesystem::status(path).permissions() & std::filesystem::perms::others_read) ==
          std::filesystem::perms::none);
    ConsoleState again(path);
    const auto reviews = again.reviews();
    REQUIRE(reviews.size() == 1);
    CHECK(reviews.at(id).by == "anna");
    CHECK(reviews.at(id).at == "2026-12-04T12:00:00Z");
    const auto log = again.audit_log();
    REQUIRE(log.size() == 2);
    CHECK(log[0].seq == 2); // newest first
    CHECK(log[0].user == "peer1");
    CHECK(log[0].action == "contact viewed");
    CHECK(log[0].event_id == "00000000-0000-4000-8000-0000000000aa");
    CHECK(log[1].seq == 1);
    CHECK(log[1].user == "anna");
    CHECK(log[1].action == "signal marked reviewed");
    CHECK(log[1].event_id == id);
    CHECK(log[1].at == "2026-12-04T12:00:00Z");
    CHECK(again.audit_log(1).size() == 1);
    CHECK(again.append_audit({0, "2026-12-04T12:06:00Z", "anna", "x", ""}) == 3);
}

TEST_CASE("console state: a file of a newer console is refused, not changed", "[console]") {
    TempDir dir;
    const std::string path = dir.file("console-state.db");
    {
        auto db = kiosk::store::Database::open(path);
        db.exec("PRAGMA user_version = " + std::to_string(kStateSchemaVersion + 1));
    }
    CHECK_THROWS_WITH(ConsoleState(path), Catch::Contains("newer than this console"));
}

TEST_CASE("console state: its file is named by state in console.toml, beside the config",
          "[console]") {
    TempDir dir;
    receiver_test::write_text(dir.file("console.toml"), "database = \"receiver.db\"\n");
    CHECK(load_console_config(dir.file("console.toml")).state == dir.file("console-state.db"));
    receiver_test::write_text(dir.file("console.toml"), "state = \"state/console.db\"\n");
    CHECK(load_console_config(dir.file("console.toml")).state == dir.file("state/console.db"));
    receiver_test::write_text(dir.file("console.toml"), "state = 3\n");
    CHECK_THROWS_WITH(load_console_config(dir.file("console.toml")),
                      Catch::Contains("known: listen, database, users, state"));
}

TEST_CASE("console config: an address other than loopback needs [tls]", "[console]") {
    TempDir dir;
    receiver_test::write_text(dir.file("console.toml"), "listen = \"0.0.0.0:8443\"\n");
    CHECK_THROWS_WITH(load_console_config(dir.file("console.toml")),
                      Catch::Contains("listen is not a loopback address, so [tls] is needed"));
    receiver_test::write_text(dir.file("console.toml"), "listen = \"127.0.0.1:8443\"\n");
    CHECK_NOTHROW(load_console_config(dir.file("console.toml")));
}
