// The Signals page's Dutch and English, and a report's words. code-shape: table
#include "signals_texts.hpp"

#include <string_view>

namespace console {

namespace {

struct Both {
    const char* nl;
    const char* en;
};

Both both(STxt text) {
    switch (text) {
    case STxt::Intro:
        return {"Wat bezoekers en veldwerkers op de kiosken meldden over drugs die niet waren "
                "wat ze leken. Alleen woorden uit vaste lijsten: geen namen, plekken of tijden.",
                "What visitors and field workers reported on the kiosks about drugs that were not "
                "what they seemed. Only words from fixed lists: no names, places or times."};
    case STxt::IntroViewer:
        return {"Aantallen meldingen per periode en middel. De meldingen zelf ziet een "
                "coördinator.",
                "Numbers of reports per period and substance. A coordinator sees the reports "
                "themselves."};
    case STxt::CountsTitle:
        return {"Aantallen", "Counts"};
    case STxt::ListTitle:
        return {"Meldingen (nieuwste eerst)", "Reports (newest first)"};
    case STxt::Substance:
        return {"Middel", "Substance"};
    case STxt::AllSubstances:
        return {"Alle middelen", "All substances"};
    case STxt::Form:
        return {"Vorm", "Form"};
    case STxt::AllForms:
        return {"Alle vormen", "All forms"};
    case STxt::Effect:
        return {"Effect", "Effect"};
    case STxt::AllEffects:
        return {"Alle effecten", "All effects"};
    case STxt::UnreviewedOnly:
        return {"Alleen niet bekeken", "Not reviewed only"};
    case STxt::Day:
        return {"Dag", "Day"};
    case STxt::SoldAs:
        return {"Verkocht als", "Sold as"};
    case STxt::Colour:
        return {"Kleur", "Colour"};
    case STxt::Mark:
        return {"Teken", "Mark"};
    case STxt::Effects:
        return {"Wat gebeurde", "What happened"};
    case STxt::Happened:
        return {"Wanneer", "When"};
    case STxt::ReportedBy:
        return {"Gemeld door", "Reported by"};
    case STxt::Reviewed:
        return {"Bekeken", "Reviewed"};
    case STxt::MarkReviewed:
        return {"Markeer als bekeken", "Mark reviewed"};
    case STxt::ReviewedBy:
        return {"door", "by"};
    case STxt::Reports:
        return {"Meldingen", "Reports"};
    case STxt::Bucket:
        return {"Periode", "Period"};
    case STxt::NoSignals:
        return {"Geen meldingen met deze keuzes.", "No reports with these choices."};
    case STxt::DownloadList:
        return {"Download de meldingen als CSV (precies wat hier staat)",
                "Download the reports as CSV (exactly what is shown)"};
    case STxt::DownloadCounts:
        return {"Download de aantallen als CSV", "Download the counts as CSV"};
    case STxt::ReviewOnlyCoordinators:
        return {"Alleen een coördinator kan meldingen als bekeken markeren.",
                "Only a coordinator can mark reports as reviewed."};
    case STxt::NoSuchSignal:
        return {"Deze melding bestaat niet (meer).", "This report does not exist (any more)."};
    case STxt::Back:
        return {"Terug naar de signalen", "Back to the signals"};
    }
    return {"?", "?"};
}

struct Word {
    std::string_view code;
    const char* nl;
    const char* en;
};

// The kiosk's words (assets/i18n/nl.toml and en.toml, [report.*]).
constexpr Word kForms[] = {{"pill", "Pil", "Pill"},
                           {"powder", "Poeder", "Powder"},
                           {"crystal", "Kristallen", "Crystals"},
                           {"liquid", "Vloeistof", "Liquid"},
                           {"paper", "Papiertje (blotter)", "Paper (blotter)"},
                           {"other", "Iets anders", "Something else"}};
constexpr Word kColours[] = {{"white", "Wit", "White"},
                             {"pink", "Roze", "Pink"},
                             {"red", "Rood", "Red"},
                             {"orange", "Oranje", "Orange"},
                             {"yellow", "Geel", "Yellow"},
                             {"green", "Groen", "Green"},
                             {"blue", "Blauw", "Blue"},
                             {"purple", "Paars", "Purple"},
                             {"brown", "Bruin", "Brown"},
                             {"grey", "Grijs", "Grey"},
                             {"several", "Meer kleuren", "Several colours"},
                             {"unknown", "Weet ik niet", "Don't know"}};
constexpr Word kMarks[] = {{"none", "Geen teken", "No mark"},
                           {"star", "Ster", "Star"},
                           {"heart", "Hart", "Heart"},
                           {"crown", "Kroon", "Crown"},
                           {"skull", "Doodshoofd", "Skull"},
                           {"animal", "Dier", "Animal"},
                           {"letters", "Letters of cijfers", "Letters or numbers"},
                           {"other", "Ander teken", "Another mark"}};
constexpr Word kEffects[] = {{"stronger", "Sterker dan verwacht", "Stronger than expected"},
                             {"different", "Anders dan verwacht", "Different from expected"},
                             {"sick", "Misselijk of ziek", "Felt sick"},
                             {"passed_out", "Buiten bewustzijn", "Passed out"},
                             {"needed_help", "112 of dokter nodig", "Needed 112 or a doctor"},
                             {"other", "Iets anders", "Something else"}};
constexpr Word kWhen[] = {{"today", "Vandaag", "Today"},
                          {"this_week", "Deze week", "This week"},
                          {"earlier", "Eerder", "Earlier"}};
constexpr Word kSettings[] = {{"street", "Op straat", "On the street"},
                              {"drop_in", "In de inloop", "At the drop-in"},
                              {"party", "Op een feest of in een club", "At a party or club"},
                              {"online", "Online", "Online"},
                              {"other", "Ergens anders", "Somewhere else"}};
constexpr Word kPeople[] = {{"one", "Eén persoon", "One person"},
                            {"two_to_five", "2 tot 5 mensen", "2 to 5 people"},
                            {"six_or_more", "6 of meer mensen", "6 or more people"}};
constexpr Word kNotes[] = {
    {"none", "Geen opmerking", "No note"},
    {"more_reports", "Meer mensen zeiden hetzelfde", "More people said the same"},
    {"test_result_known", "Er is een testuitslag", "A test result is known"},
    {"seen_in_person", "Zelf gezien", "I saw it myself"},
    {"heard_from_others", "Van anderen gehoord", "Heard it from others"}};
constexpr Word kReporters[] = {{"visitor", "Bezoeker", "Visitor"},
                               {"staff", "Medewerker of peer", "Staff or peer"}};
// The content pack's substances (assets/content/substances/*.toml, [nl] and [en] name).
constexpr Word kSubstances[] = {
    {"unknown", "Weet ik niet", "Don't know"},
    {"alcohol", "Alcohol", "Alcohol"},
    {"amphetamine", "Speed (amfetamine)", "Speed (amphetamine)"},
    {"benzodiazepines", "Benzodiazepinen (benzo's)", "Benzodiazepines (benzos)"},
    {"cannabis", "Cannabis (wiet en hasj)", "Cannabis (weed and hash)"},
    {"cathinones", "3-MMC en andere cathinonen", "3-MMC and other cathinones"},
    {"cocaine", "Cocaïne", "Cocaine"},
    {"crack", "Crack (basecoke)", "Crack (base coke)"},
    {"ghb", "GHB en GBL", "GHB and GBL"},
    {"heroin", "Heroïne en andere opioïden", "Heroin and other opioids"},
    {"ketamine", "Ketamine", "Ketamine"},
    {"lsd", "LSD", "LSD"},
    {"mdma", "MDMA en xtc", "MDMA and ecstasy"},
    {"methadone", "Methadon", "Methadone"},
    {"mushrooms", "Paddo's en truffels", "Magic mushrooms and truffles"},
    {"nitrous_oxide", "Lachgas", "Laughing gas (nitrous oxide)"}};

template <std::size_t N>
std::string look_up(const Word (&words)[N], const std::string& code, Lang lang) {
    for (const Word& w : words) {
        if (w.code == code) {
            return lang == Lang::Nl ? w.nl : w.en;
        }
    }
    return code;
}

} // namespace

const char* st(STxt text, Lang lang) {
    const Both b = both(text);
    return lang == Lang::Nl ? b.nl : b.en;
}

std::string signal_word(SignalField field, const std::string& code, Lang lang) {
    switch (field) {
    case SignalField::SoldAs:
        return look_up(kSubstances, code, lang);
    case SignalField::Form:
        return look_up(kForms, code, lang);
    case SignalField::Colour:
        return look_up(kColours, code, lang);
    case SignalField::Mark:
        return look_up(kMarks, code, lang);
    case SignalField::Effect:
        return look_up(kEffects, code, lang);
    case SignalField::When:
        return look_up(kWhen, code, lang);
    case SignalField::Setting:
        return look_up(kSettings, code, lang);
    case SignalField::People:
        return look_up(kPeople, code, lang);
    case SignalField::Note:
        return look_up(kNotes, code, lang);
    case SignalField::Reporter:
        return look_up(kReporters, code, lang);
    }
    return code;
}

} // namespace console
