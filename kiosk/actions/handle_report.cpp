// The report of a drug (docs/signals.md): answers go into the visit's draft; sending records
// one signal.reported event with today's local day, and nothing else. A visitor sends it as
// "visitor" from the check screen; staff save a signal from the field as "staff".
#include "handlers.hpp"

#include "store/signal_store.hpp"

#include <cstdio>

namespace kiosk::actions {

namespace {

// Records the draft if it is complete for `reporter`; true when it was stored.
bool record(ActionContext& c, const char* reporter, bool complete) {
    if (!complete || !c.parts.storage.ok())
        return false;
    try {
        store::record_signal(c.parts.storage.db(),
                             c.model.report().report(c.model.day(), reporter));
        return true;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk: report not saved: %s\n", e.what());
        return false;
    }
}

SignalDraft::Result result_of(bool stored) {
    return stored ? SignalDraft::Result::Sent : SignalDraft::Result::Failed;
}

} // namespace

void handle(ActionContext& c, const action::AnswerReport& a) {
    c.model.answer_report(a.field, a.value);
}

void handle(ActionContext& c, const action::SendReport&) {
    const bool stored = record(c, "visitor", c.model.report().complete());
    c.model.report_result(result_of(stored));
    if (stored)
        c.model.open({ScreenId::ReportDone, ""});
}

void handle(ActionContext& c, const action::SaveStaffSignal&) {
    // The staff screen stays open, emptied, and says the signal is saved.
    c.model.report_result(result_of(record(c, "staff", c.model.report().complete_for_staff())));
}

// With the clock not trusted, nothing is stored and the answers stay; the screen says why.
void refuse(ActionContext& c, const action::SendReport&) {
    c.model.report_result(SignalDraft::Result::ClockWait);
}
void refuse(ActionContext& c, const action::SaveStaffSignal&) {
    c.model.report_result(SignalDraft::Result::ClockWait);
}

} // namespace kiosk::actions
