// The upload timing rules of docs/upload-protocol.md as a small state machine.
#include "sync/upload_schedule.hpp"

namespace kiosk::sync {

namespace {

UploadSchedule::TimePoint later(UploadSchedule::TimePoint now, Seconds wait) {
    return now + std::chrono::duration_cast<UploadSchedule::Clock::duration>(wait);
}

} // namespace

UploadSchedule::UploadSchedule(TimePoint now, std::function<double()> unit_random)
    : random_(std::move(unit_random)), next_(now) {}

void UploadSchedule::after(const AttemptReport& report, TimePoint now) {
    using Outcome = AttemptReport::Outcome;
    told_to_wait_ = report.outcome == Outcome::Busy;
    unreachable_ = report.outcome == Outcome::Failed &&
                   (report.problem == Problem::Offline || report.problem == Problem::Timeout ||
                    report.problem == Problem::Tls);
    switch (report.outcome) {
    case Outcome::Nothing:
        failures_ = 0;
        refused_ = false;
        next_ = now + kIdleLook;
        break;
    case Outcome::Progress:
        failures_ = 0;
        refused_ = false;
        next_ = now; // there may be more: go on at once
        break;
    case Outcome::Failed:
        ++failures_;
        refused_ = false;
        next_ = later(now, backoff_wait(failures_, random_()));
        break;
    case Outcome::Busy:
        refused_ = false;
        next_ = later(now, report.retry_after.value_or(kBackoffFloor));
        break;
    case Outcome::Refused:
        refused_ = true;
        next_ = later(now, kRefusedPace);
        break;
    }
}

void UploadSchedule::events_recorded(TimePoint now) {
    // Only an idle uploader hurries; one that is backing off keeps its wait, so a failing
    // server is not hammered by every tap.
    if (failures_ == 0 && !refused_ && !told_to_wait_ && next_ > now + kGatherTime)
        next_ = now + kGatherTime;
}

void UploadSchedule::send_now(TimePoint now) {
    next_ = now;
}

void UploadSchedule::network_changed(TimePoint now) {
    // A new connection is worth one try at once when the server could not be reached; a
    // failure afterwards continues the back-off where it was. Address refreshes on a
    // working network change nothing: a busy server's Retry-After and the slow pace after
    // refused credentials are kept.
    if (unreachable_)
        next_ = now;
}

} // namespace kiosk::sync
