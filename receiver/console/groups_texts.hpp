// The Groups page's words in Dutch and English, in the style of texts.hpp: each text an enum
// value, its two translations together in one switch (groups_texts.cpp).
#pragma once

#include "group_types.hpp"
#include "texts.hpp"

#include <optional>

namespace console {

enum class GTxt {
    Intro,
    PerType,
    PerTypeIntro,
    Steps,
    StepsIntro,
    PerBucketDay,
    PerBucketWeek,
    PerBucketMonth,
    ChartTitle,
    Period,
    Group,
    Type,
    Sessions,
    Booked,
    Waitlisted,
    Promoted,
    Cancelled,
    Present,
    WalkIns,
    Absent,
    Excused,
    FromStep,
    ToStep,
    AttendedFrom,
    Moved,
    UnknownType,
    UntypedNotice,
    Experience,
    Coaching,
    Work,
    Training,
};

const char* tr(GTxt text, Lang lang);

// The type's name on screen; none: "type unknown".
const char* type_text(std::optional<GroupType> type, Lang lang);

} // namespace console
