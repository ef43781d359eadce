// The console's words in Dutch and English. Each text is an enum value and its two
// translations sit together in one switch (texts.cpp), so a text without them does not compile
// cleanly (-Wswitch).
#pragma once

#include <string>

namespace console {

enum class Lang { Nl, En };

enum class Txt {
    Title,
    SignInTitle,
    Name,
    Password,
    SignIn,
    SignOut,
    SignedInAs,
    WrongNameOrPassword,
    LockedOut,
    FormExpired,
    Fleet,
    FleetIntro,
    Kiosk,
    LastReport,
    Version,
    Queue,
    OldestWaiting,
    Screen,
    On,
    Off,
    FreeDisk,
    Temperature,
    Attention,
    AllWell,
    NoKiosks,
    FlagNotSeen,
    FlagQueue,
    FlagDisk,
    FlagHot,
    FlagFrames,
    FlagFallbacks,
    FlagUploadError,
    Unknown,
    NotFound,
    HoursAgo,
    MinutesAgo,
    Hours,
    Minutes,
    Reach,
    Groups,
    Signals,
    From,
    To,
    Per,
    ByDay,
    ByWeek,
    ByMonth,
    Location,
    AllLocations,
    Show,
    DownloadCsv,
    NoData,
    MetricVisits,
    MetricLanguages,
    MetricTopics,
    MetricSubstances,
    MetricMixes,
    MetricReferrals,
    MetricQrCodes,
    MetricEmergency,
    MetricAlerts,
    MetricListening,
    ReachIntro,
    Trend,
    PerLocation,
    PerKey,
    PeriodColumn,
    What,
    Which,
    Count,
    Total,
    VisitsChart,
};

const char* tr(Txt text, Lang lang);
// "nl" or "en"
const char* lang_code(Lang lang);

} // namespace console
