// The kiosk's state in one place: the visit (visit.hpp), the idle policy, the PIN lock-out,
// what staff must be told, and the content and groups on screen. Plain C++. The UI reads it
// and returns actions; the action path (kiosk/actions) applies each one through the methods
// below, handing in what the services found. The model decides what may happen (whether a
// screen may open, where typing goes, where the visitor goes next).
#pragma once

#include "catalog.hpp"
#include "config.hpp"
#include "content/alerts.hpp"
#include "content/content_pack.hpp"
#include "device_status.hpp"
#include "groups_view.hpp"
#include "idle_policy.hpp"
#include "navigator.hpp"
#include "pin_lockout.hpp"
#include "reach_counters.hpp"
#include "schedule_view.hpp"
#include "sync_status.hpp"
#include "text_field.hpp"
#include "visit.hpp"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace kiosk {

struct StaffNoticeView {
    std::int64_t id = 0;
    std::string created_at;
    std::string kind;
    std::string detail;
};

struct KioskStatus {
    std::string version;
    std::string database_path;
    bool storage_ok = true;
    std::int64_t events_queued = 0;
    // Problems found in translation or content files at start ("file:line: key: what").
    std::vector<std::string> content_problems;
};

// What reach counting compares before and after an action (only aggregated counts).
struct ReachMark {
    bool was_neutral = true;
    bool was_listening = false;
    Place place;
    std::string mix;
};

class KioskModel {
  public:
    KioskModel(const Config& config, const Catalog& catalog, SteadyTime now);

    // --- reading (screens) ---
    const Config& config() const { return config_; }
    const Catalog& catalog() const { return catalog_; }
    // Text in the visitor's language (with fallback).
    const std::string& tr(const std::string& key) const;
    const Visit& visit() const { return *visit_; }
    const std::string& language() const { return visit_->language; }
    const Place& place() const { return visit_->nav.current(); }
    bool can_go_back() const { return visit_->nav.can_go_back(); }
    const TextField& search_text() const { return visit_->search; }
    const TextField& mix_filter() const { return visit_->mix_filter; }
    std::size_t pin_length() const { return visit_->pin.digits.text().size(); }
    bool pin_was_wrong() const { return visit_->pin.wrong; }
    bool pin_checking() const { return visit_->pin.checking; }
    const PinLockout& lockout() const { return lockout_; }
    const std::optional<StaffPin>& staff_user() const { return visit_->staff_user; }
    const std::vector<StaffNoticeView>& notices() const { return notices_; }
    const KioskStatus& status() const { return status_; }
    // The content pack on screen (null if none could be loaded).
    const content::ContentPack* content() const { return content_.get(); }
    // The drug alerts shown today (all of them while the day is not known), red first, the
    // newest first within a level (model_alerts.cpp).
    std::vector<const content::Alert*> current_alerts() const;
    // The current red alerts that concern a substance (for its page).
    std::vector<const content::Alert*> red_alerts_for(const std::string& substance) const;
    // Picks the visitor's language, else English, else Dutch; remembers each fallback
    // ("<item>:<lang>") for staff. Null if the item has no text at all.
    template <class T>
    const T* localized(const content::PerLanguage<T>& texts, const std::string& item) const;
    const std::set<std::string>& content_fallbacks() const { return content_fallbacks_; }
    const std::string& mix_first() const { return visit_->mix[0]; }
    const std::string& mix_second() const { return visit_->mix[1]; }
    const GroupsSnapshot& groups() const { return groups_; }
    const SignupDraft& signup() const { return visit_->signup; }
    const SignupOutcome& outcome() const { return visit_->outcome; }
    const InterestDraft& interest() const { return visit_->interest; }
    const SignalDraft& report() const { return visit_->report; }
    const StaffSessionView& staff_session() const { return visit_->staff_session; }
    const TextField& staff_code() const { return visit_->staff_code; }
    const StaffProgressView& staff_progress() const { return visit_->staff_progress; }
    const StaffExportView& staff_export() const { return visit_->staff_export; }
    const StaffStatsView& staff_stats() const { return visit_->staff_stats; }
    const StaffScheduleView& staff_schedule() const { return visit_->staff_schedule; }
    const ScheduleDraft& schedule_draft() const { return visit_->schedule_draft; }
    bool large_text() const { return visit_->large_text; }
    bool high_contrast() const { return visit_->high_contrast; }
    // Read aloud: on for this visit, its volume, and numbers that grow each time the visitor
    // asks to hear the whole screen (Listen) or the last line again (Repeat); the app plays
    // the speech (app/speech_link.hpp).
    bool listening() const { return visit_->listening; }
    int volume() const { return visit_->volume.value_or(speech_.speech.volume); }
    std::uint64_t speech_cue() const { return visit_->speech_cue; }
    std::uint64_t repeat_cue() const { return visit_->repeat_cue; }
    // Read aloud as set for this kiosk: the config file's [speech], with what staff changed
    // on the kiosk over it; and a number that grows when staff ask for a test sound.
    const SpeechSettings& speech_settings() const { return speech_; }
    const SpeechConfig& speech() const { return speech_.speech; }
    std::uint64_t speech_test_cue() const { return visit_->speech_test_cue; }
    const SyncStatusView& sync_status() const { return sync_status_; }
    const DeviceStatus& device() const { return device_; }
    // Increases on every wipe of the visit; the UI drops its own per-visit state then, and
    // results of work started in an earlier visit are dropped.
    std::uint64_t visit_generation() const { return visit_generation_; }
    // Nothing to wipe: home screen, default language, nothing typed, no staff session.
    bool visit_is_neutral() const;
    bool idle_prompt_visible(SteadyTime now) const;
    int idle_seconds_left(SteadyTime now) const;

    // --- timers and input ---
    void on_input(SteadyTime now);
    // Moves timers on: wipes an expired visit, logs out an idle staff member.
    // Returns true when something changed that needs a new frame.
    bool tick(SteadyTime now);
    std::optional<SteadyTime> next_deadline(SteadyTime now) const;
    // Shows the idle prompt now (for --goto idle-prompt screenshots and tests).
    void force_idle_prompt(SteadyTime now);

    // --- navigation (model_navigation.cpp) ---
    // Opens a screen if it may open now: staff screens only for a signed-in staff member,
    // screens that need a trusted clock only with one. True when it is on screen.
    bool open(const Place& place);
    void back();
    void home();
    // Wipes everything of the visit and the staff session: back to a neutral home.
    void reset_visit(SteadyTime now);
    void still_here(SteadyTime now);
    void choose_language(const std::string& code);
    void toggle_large_text() { visit_->large_text = !visit_->large_text; }
    void toggle_high_contrast() { visit_->high_contrast = !visit_->high_contrast; }
    void toggle_listening();
    void say_again() { ++visit_->repeat_cue; }
    void step_volume(int delta);
    // Staff changed read aloud's settings (or they were read at start).
    void set_speech_settings(SpeechSettings settings) { speech_ = std::move(settings); }
    void test_speech() { ++visit_->speech_test_cue; }

    // --- typing: into the field the open screen declares (screen_id.hpp) ---
    void type_text(std::string_view text);
    void backspace();
    void clear_text();

    // --- the staff PIN (model_staff.cpp) ---
    void pin_digit(char digit, SteadyTime now);
    void pin_backspace();
    // Takes the PIN typed so far for checking (the pad shows it is checking meanwhile);
    // nothing when locked out, empty or already checking.
    std::optional<WipedString> start_pin_check(SteadyTime now);
    // The check's result: the staff member it belongs to, or none (a wrong PIN).
    void pin_checked(const std::optional<StaffPin>& who, SteadyTime now);
    // A staff member signed in without the PIN pad: only for --goto with --screenshot.
    void sign_in_for_screenshot(const StaffPin& who, SteadyTime now);
    void acknowledge_notice(std::int64_t id);

    // --- the mixing checker ---
    void pick_mix(const std::string& id);
    void clear_mix_slot(int slot);
    void check_mix(const std::string& a, const std::string& b);

    // --- group sign-up and the interest form (model_groups.cpp) ---
    void start_signup(const std::string& session_id);
    void give_consent();
    void choose_new_code();
    void choose_existing_code();
    void pick_symbol(const std::string& symbol);
    // The sign-up was stored (or not): shows the outcome where it belongs.
    void signup_submitted(SignupOutcome outcome);
    void set_outcome(SignupOutcome outcome) { visit_->outcome = std::move(outcome); }
    void toggle_interest(const std::string& kind, const std::string& value);
    void interest_submitted(bool stored);
    void clear_staff_code() { visit_->staff_code.clear(); }

    // --- the schedule edit ---
    void set_schedule_weekday(int weekday);
    void step_schedule(ScheduleField field, int delta);
    // Save's result: the draft with its problem or question, or saved (back to the list).
    void schedule_save_result(ScheduleDraft draft, std::optional<StaffScheduleView> view);
    void keep_schedule() { visit_->schedule_draft.clear_result(); }

    // --- what services found, for the screens ---
    void set_content(content::PackPtr pack) { content_ = std::move(pack); }
    void set_alerts(content::AlertsPtr alerts) { alerts_ = std::move(alerts); }
    void set_groups(GroupsSnapshot snapshot) { groups_ = std::move(snapshot); }
    void set_staff_session(StaffSessionView v) { visit_->staff_session = std::move(v); }
    void set_staff_progress(StaffProgressView v) { visit_->staff_progress = std::move(v); }
    void set_staff_export(StaffExportView v) { visit_->staff_export = std::move(v); }
    void set_staff_stats(StaffStatsView v) { visit_->staff_stats = std::move(v); }
    void set_staff_schedule(StaffScheduleView v) { visit_->staff_schedule = std::move(v); }
    void set_schedule_draft(ScheduleDraft d) { visit_->schedule_draft = std::move(d); }
    void set_notices(std::vector<StaffNoticeView> notices) { notices_ = std::move(notices); }
    void set_status(KioskStatus status) { status_ = std::move(status); }
    void set_sync_status(SyncStatusView status) { sync_status_ = std::move(status); }
    void set_device(DeviceStatus device) { device_ = std::move(device); }

    // --- anonymous reach counters (per local day; docs/privacy.md) ---
    void set_day(std::string day) { day_ = std::move(day); }
    // Today's local day (YYYY-MM-DD), or ReachCounters::kUnknownDay while the clock is not
    // trusted.
    const std::string& day() const { return day_; }
    // The report form (docs/signals.md): an answer tapped; what sending it came to.
    void answer_report(SignalField field, const std::string& value) {
        visit_->report.answer(field, value);
        visit_->report.result = SignalDraft::Result::None;
    }
    void report_result(SignalDraft::Result result) {
        if (result == SignalDraft::Result::Sent)
            visit_->report.clear(); // a next report starts empty; nothing of this one stays
        visit_->report.result = result;
    }
    ReachCounters& counters() { return counters_; }
    ReachMark reach_mark() const;
    // Counts what changed since `before`: a visit begun, a screen opened, a mix checked.
    void count_reach(const ReachMark& before);

  private:
    void unwind_to(ScreenId screen);
    TextField* typing_target();
    void count_place(const Place& place);

    const Config& config_;
    const Catalog& catalog_;
    VisitPtr visit_;
    IdlePolicy idle_;
    PinLockout lockout_;
    std::vector<StaffNoticeView> notices_;
    KioskStatus status_;
    SyncStatusView sync_status_;
    DeviceStatus device_;
    std::uint64_t visit_generation_ = 0;
    content::PackPtr content_;
    content::AlertsPtr alerts_;
    mutable std::set<std::string> content_fallbacks_;
    GroupsSnapshot groups_;
    std::string day_;
    ReachCounters counters_;
    SpeechSettings speech_;
};

template <class T>
const T* KioskModel::localized(const content::PerLanguage<T>& texts,
                               const std::string& item) const {
    for (const std::string& lang : {language(), std::string("en"), std::string("nl")}) {
        const auto it = texts.find(lang);
        if (it == texts.end())
            continue;
        if (lang != language())
            content_fallbacks_.insert(item + ":" + language());
        return &it->second;
    }
    return nullptr;
}

} // namespace kiosk
