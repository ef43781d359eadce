// The report of a drug (docs/signals.md): answers go into the visit's draft; sending records
// one signal.reported event with today's local day, and nothing else.
#include "handlers.hpp"

#include "store/signal_store.hpp"

#include <cstdio>

namespace kiosk::actions {

void handle(ActionContext& c, const action::AnswerReport& a) {
    c.model.answer_report(a.field, a.value);
}

void handle(ActionContext& c, const action::SendReport&) {
    const SignalDraft& draft = c.model.report();
    bool sent = false;
    if (draft.complete() && c.parts.storage.ok()) {
        try {
            store::record_signal(c.parts.storage.db(), draft.report(c.model.day(), "visitor"));
            sent = true;
        } catch (const std::exception& e) {
            std::fprintf(stderr, "kiosk: report not saved: %s\n", e.what());
        }
    }
    c.model.report_sent(sent);
    if (sent)
        c.model.open({ScreenId::ReportDone, ""});
}

void refuse(ActionContext& c, const action::SendReport&) {
    c.model.report_sent(false); // the screen says the kiosk's clock is not right yet
}

} // namespace kiosk::actions
