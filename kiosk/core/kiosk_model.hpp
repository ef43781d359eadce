// The kiosk's state in one place: the visitor's visit (language, where they are, what they
// typed), the idle policy, the staff session and what staff must be told. Plain C++; the
// UI reads it and returns actions, the app applies them here.
#pragma once

#include "actions.hpp"
#include "catalog.hpp"
#include "config.hpp"
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

class KioskModel {
  public:
    KioskModel(const Config& config, const Catalog& catalog, SteadyTime now);

    const Config& config() const { return config_; }
    const Catalog& catalog() const { return catalog_; }
    // Text in the visitor's language (with fallback).
    const std::string& tr(const std::string& key) const;

    const std::string& language() const { return language_; }
    const Place& place() const { return nav_.current(); }
    bool can_go_back() const { return nav_.can_go_back(); }
    const TextField& search_text() const { return search_; }
    // What the visitor typed to filter the mixing checker's substances.
    const TextField& mix_filter() const { return mix_filter_; }
    std::size_t pin_length() const { return pin_.size(); }
    bool pin_was_wrong() const { return pin_was_wrong_; }
    const PinLockout& lockout() const { return lockout_; }
    const std::optional<StaffPin>& staff_user() const { return staff_user_; }
    const std::vector<StaffNoticeView>& notices() const { return notices_; }
    const KioskStatus& status() const { return status_; }
    // The content pack on screen (null if none could be loaded).
    const content::ContentPack* content() const { return content_.get(); }
    void set_content(content::PackPtr pack) { content_ = std::move(pack); }
    // Picks the visitor's language, else English, else Dutch; remembers each fallback
    // ("<item>:<lang>") for staff. Null if the item has no text at all.
    template <class T>
    const T* localized(const content::PerLanguage<T>& texts, const std::string& item) const;
    const std::set<std::string>& content_fallbacks() const { return content_fallbacks_; }

    // The mixing checker's two chosen substances ("" when empty).
    const std::string& mix_first() const { return mix_[0]; }
    const std::string& mix_second() const { return mix_[1]; }
    // Groups: what the screens show (filled by the app) and the visitor's sign-up.
    const GroupsSnapshot& groups() const { return groups_; }
    void set_groups(GroupsSnapshot snapshot) { groups_ = std::move(snapshot); }
    const SignupDraft& signup() const { return draft_; }
    const SignupOutcome& outcome() const { return outcome_; }
    const InterestDraft& interest() const { return interest_; }
    void set_interest_result(bool submitted) {
        interest_.submitted = submitted;
        interest_.failed = !submitted;
    }
    void set_outcome(SignupOutcome outcome) { outcome_ = std::move(outcome); }
    // Staff: the session open on the staff screen, and the code typed there for a walk-in.
    const StaffSessionView& staff_session() const { return staff_session_; }
    void set_staff_session(StaffSessionView view) { staff_session_ = std::move(view); }
    const TextField& staff_code() const { return staff_code_; }
    const StaffProgressView& staff_progress() const { return staff_progress_; }
    void set_staff_progress(StaffProgressView v) { staff_progress_ = std::move(v); }
    const StaffExportView& staff_export() const { return staff_export_; }
    void set_staff_export(StaffExportView v) { staff_export_ = std::move(v); }
    const StaffStatsView& staff_stats() const { return staff_stats_; }
    void set_staff_stats(StaffStatsView v) { staff_stats_ = std::move(v); }
    // Staff: the schedule as it stands, and the edit of it in progress.
    const StaffScheduleView& staff_schedule() const { return staff_schedule_; }
    void set_staff_schedule(StaffScheduleView v) { staff_schedule_ = std::move(v); }
    const ScheduleDraft& schedule_draft() const { return schedule_draft_; }
    ScheduleDraft& schedule_draft() { return schedule_draft_; }

    bool large_text() const { return large_text_; }
    bool high_contrast() const { return high_contrast_; }

    // Increases on every wipe of the visit; the UI drops its own per-visit state then.
    std::uint64_t visit_generation() const { return visit_generation_; }

    // Nothing to wipe: home screen, default language, nothing typed, no staff session.
    bool visit_is_neutral() const;
    bool idle_prompt_visible(SteadyTime now) const;
    int idle_seconds_left(SteadyTime now) const;

    // Any touch. Returns false while the idle prompt is up (only its buttons count then).
    void on_input(SteadyTime now);
    void apply(const Action& action, SteadyTime now);
    // Moves timers on: wipes an expired visit, logs out an idle staff member.
    // Returns true when something changed that needs a new frame.
    bool tick(SteadyTime now);
    // When tick() must run next, if ever.
    std::optional<SteadyTime> next_deadline(SteadyTime now) const;

    // Wipes everything of the visit and the staff session: back to a neutral home.
    void reset_visit(SteadyTime now);
    // Shows the idle prompt now (for --goto idle-prompt screenshots and tests).
    void force_idle_prompt(SteadyTime now);

    // Anonymous reach counters (per local day; see docs/privacy.md). The app sets the
    // day and takes the counts to store them.
    void set_day(std::string day) { day_ = std::move(day); }
    ReachCounters& counters() { return counters_; }

    void set_notices(std::vector<StaffNoticeView> notices) { notices_ = std::move(notices); }
    void set_status(KioskStatus status) { status_ = std::move(status); }
    // Uploads, for the staff sync screen (filled by the app while staff look at it).
    const SyncStatusView& sync_status() const { return sync_status_; }
    void set_sync_status(SyncStatusView status) { sync_status_ = std::move(status); }
    const DeviceStatus& device() const { return device_; }
    void set_device(DeviceStatus device) { device_ = std::move(device); }

  private:
    void submit_pin(SteadyTime now);
    void wipe_pin();

    const Config& config_;
    const Catalog& catalog_;
    std::string language_;
    Navigator nav_;
    TextField search_;
    TextField mix_filter_{30};
    TextField staff_code_{7};
    GroupsSnapshot groups_;
    SignupDraft draft_;
    SignupOutcome outcome_;
    InterestDraft interest_;
    StaffSessionView staff_session_;
    StaffProgressView staff_progress_;
    StaffStatsView staff_stats_;
    StaffExportView staff_export_;
    StaffScheduleView staff_schedule_;
    ScheduleDraft schedule_draft_;
    void step_schedule(const action::StepSchedule& step);
    // Back to the first screen of the groups flow, leaving the sign-up steps out of the
    // history (so Back never submits twice).
    void unwind_to(ScreenId screen);
    TextField& typing_target();
    std::string pin_;
    bool pin_was_wrong_ = false;
    IdlePolicy idle_;
    PinLockout lockout_;
    std::optional<StaffPin> staff_user_;
    SteadyTime staff_last_input_{};
    std::vector<StaffNoticeView> notices_;
    KioskStatus status_;
    SyncStatusView sync_status_;
    DeviceStatus device_;
    std::uint64_t visit_generation_ = 0;
    content::PackPtr content_;
    mutable std::set<std::string> content_fallbacks_;
    std::string mix_[2];
    bool large_text_ = false;
    bool high_contrast_ = false;
    std::string day_;
    ReachCounters counters_;
    void count_place(const Place& place);
};

template <class T>
const T* KioskModel::localized(const content::PerLanguage<T>& texts,
                               const std::string& item) const {
    for (const std::string& lang : {language_, std::string("en"), std::string("nl")}) {
        const auto it = texts.find(lang);
        if (it == texts.end())
            continue;
        if (lang != language_)
            content_fallbacks_.insert(item + ":" + language_);
        return &it->second;
    }
    return nullptr;
}

} // namespace kiosk
