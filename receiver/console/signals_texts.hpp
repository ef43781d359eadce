// The Signals page's words in Dutch and English: its own texts (an enum and one switch, as
// texts.hpp), and the words of a signal.reported report (codes of the fixed lists in
// kiosk/common/signal_report.hpp) as the kiosk shows them (assets/i18n, report.*; the
// substances' names from the content pack). A test keeps them equal to the kiosk's.
#pragma once

#include "texts.hpp"

#include <string>

namespace console {

enum class STxt {
    Intro,
    IntroViewer,
    CountsTitle,
    ListTitle,
    Substance,
    AllSubstances,
    Form,
    AllForms,
    Effect,
    AllEffects,
    UnreviewedOnly,
    Day,
    SoldAs,
    Colour,
    Mark,
    Effects,
    Happened,
    ReportedBy,
    Reviewed,
    MarkReviewed,
    ReviewedBy,
    Reports,
    Bucket,
    NoSignals,
    DownloadList,
    DownloadCounts,
    ReviewOnlyCoordinators,
    NoSuchSignal,
    Back,
};

const char* st(STxt text, Lang lang);

// The fields of a report whose values are words of a fixed list.
enum class SignalField {
    SoldAs,
    Form,
    Colour,
    Mark,
    Effect,
    When,
    Setting,
    People,
    Note,
    Reporter
};

// The word for code in lang, as the kiosk says it; the code itself when it is not on the list
// (a substance of a newer content pack). The caller escapes it for HTML.
std::string signal_word(SignalField field, const std::string& code, Lang lang);

} // namespace console
