// The Alerts page's words in Dutch and English: an enum and one switch (alerts_texts.cpp), as
// texts.hpp, so a text without both does not compile cleanly (-Wswitch).
#pragma once

#include "texts.hpp"

namespace console {

enum class ATxt {
    Intro,
    NotConfigured,
    Channel,
    PublicKey,
    OnKiosks,
    NoAlerts,
    WithdrawnTitle,
    Level,
    Red,
    Warning,
    Notice,
    AlertTitle,
    Lines,
    LinesHint,
    Source,
    SourceHint,
    Issued,
    Expires,
    Substances,
    SubstancesHint,
    Published,
    Withdrawn,
    Withdraw,
    NewAlert,
    Required,
    OtherLanguages,
    DraftNote,
    Publish,
    Problems,
    PublishedMessage,
    WithdrawnMessage,
    OnlyCoordinators,
    FromSignal,
    PublishAsAlert,
    NoSuchAlert,
    CouldNotPublish,
    Back,
    PastLastDay,
};

const char* at(ATxt text, Lang lang);

} // namespace console
