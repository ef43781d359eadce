// The Dutch and English of the Groups page. code-shape: table (one switch, every text)
#include "groups_texts.hpp"

namespace console {

namespace {

struct Both {
    const char* nl;
    const char* en;
};

Both both(GTxt text) {
    switch (text) {
    case GTxt::Intro:
        return {"Aanmeldingen, wachtlijsten en aanwezigheid van de groepen, geteld per sessie "
                "op de datum van de sessie. Alleen aantallen: geen ledencodes of namen.",
                "Sign-ups, waiting lists and attendance of the groups, counted per session on "
                "the session's date. Numbers only: no member codes or names."};
    case GTxt::PerType:
        return {"Per soort groep", "Per group type"};
    case GTxt::PerTypeIntro:
        return {"Alle sessies in de gekozen periode en locatie bij elkaar.",
                "Every session in the chosen period and location together."};
    case GTxt::Steps:
        return {"Door naar de volgende stap", "On to the next step"};
    case GTxt::StepsIntro:
        return {"Hoeveel ledencodes na een groep van de ene stap voor het eerst kwamen bij een "
                "groep van de volgende stap (aanwezig of binnenloper), in deze periode. Elke "
                "code telt één keer per overgang.",
                "How many member codes came to a group of the next step for the first time "
                "after a group of the step before (present or walk-in), in this period. Each "
                "code counts once per move."};
    case GTxt::PerBucketDay:
        return {"Per dag, locatie en groep", "Per day, location and group"};
    case GTxt::PerBucketWeek:
        return {"Per week, locatie en groep", "Per week, location and group"};
    case GTxt::PerBucketMonth:
        return {"Per maand, locatie en groep", "Per month, location and group"};
    case GTxt::ChartTitle:
        return {"Gekomen (aanwezig en binnenlopers)", "Came (present and walk-ins)"};
    case GTxt::Period:
        return {"Periode", "Period"};
    case GTxt::Group:
        return {"Groep", "Group"};
    case GTxt::Type:
        return {"Soort", "Type"};
    case GTxt::Sessions:
        return {"Sessies", "Sessions"};
    case GTxt::Booked:
        return {"Aangemeld", "Signed up"};
    case GTxt::Waitlisted:
        return {"Op wachtlijst gezet", "Put on waiting list"};
    case GTxt::Promoted:
        return {"Van wachtlijst geplaatst", "Moved up from waiting list"};
    case GTxt::Cancelled:
        return {"Afgemeld", "Cancelled"};
    case GTxt::Present:
        return {"Aanwezig", "Present"};
    case GTxt::WalkIns:
        return {"Binnenlopers", "Walk-ins"};
    case GTxt::Absent:
        return {"Afwezig", "Absent"};
    case GTxt::Excused:
        return {"Met bericht afwezig", "Excused"};
    case GTxt::FromStep:
        return {"Van", "From"};
    case GTxt::ToStep:
        return {"Naar", "To"};
    case GTxt::AttendedFrom:
        return {"Codes gekomen bij 'Van'", "Codes that came to 'From'"};
    case GTxt::Moved:
        return {"Door naar de volgende", "Moved on"};
    case GTxt::UnknownType:
        return {"soort onbekend", "type unknown"};
    case GTxt::UntypedNotice:
        return {"Van deze groepen is de soort niet bekend (voeg ze toe onder [group_types] in "
                "console.toml); ze tellen niet mee bij de stappen:",
                "The type of these groups is not known (add them under [group_types] in "
                "console.toml); they do not count in the steps:"};
    case GTxt::Experience:
        return {"Ervaringsgroep", "Experience group"};
    case GTxt::Coaching:
        return {"Coachingsgroep", "Coaching group"};
    case GTxt::Work:
        return {"Werkproject", "Work project"};
    case GTxt::Training:
        return {"Training", "Training"};
    }
    return {"?", "?"};
}

} // namespace

const char* tr(GTxt text, Lang lang) {
    const Both b = both(text);
    return lang == Lang::Nl ? b.nl : b.en;
}

const char* type_text(std::optional<GroupType> type, Lang lang) {
    if (!type) {
        return tr(GTxt::UnknownType, lang);
    }
    switch (*type) {
    case GroupType::Experience:
        return tr(GTxt::Experience, lang);
    case GroupType::Coaching:
        return tr(GTxt::Coaching, lang);
    case GroupType::Work:
        return tr(GTxt::Work, lang);
    case GroupType::Training:
        return tr(GTxt::Training, lang);
    }
    return tr(GTxt::UnknownType, lang);
}

} // namespace console
