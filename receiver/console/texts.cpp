// The Dutch and English of every console text. code-shape: table (one switch, every text)
#include "texts.hpp"

namespace console {

namespace {

struct Both {
    const char* nl;
    const char* en;
};

Both both(Txt text) {
    switch (text) {
    case Txt::Title:
        return {"Kiosk-console", "Kiosk console"};
    case Txt::SignInTitle:
        return {"Inloggen", "Sign in"};
    case Txt::Name:
        return {"Naam", "Name"};
    case Txt::Password:
        return {"Wachtwoord", "Password"};
    case Txt::SignIn:
        return {"Inloggen", "Sign in"};
    case Txt::SignOut:
        return {"Uitloggen", "Sign out"};
    case Txt::SignedInAs:
        return {"Ingelogd als", "Signed in as"};
    case Txt::WrongNameOrPassword:
        return {"Naam of wachtwoord klopt niet.", "Name or password is wrong."};
    case Txt::LockedOut:
        return {"Te veel pogingen. Probeer het over 15 minuten opnieuw.",
                "Too many attempts. Try again in 15 minutes."};
    case Txt::FormExpired:
        return {"Dit formulier is verlopen. Probeer het opnieuw.",
                "This form has expired. Please try again."};
    case Txt::Fleet:
        return {"Kiosken", "Kiosks"};
    case Txt::FleetIntro:
        return {"Elke kiosk stuurt ieder uur hoe hij ervoor staat. Rood vraagt om aandacht.",
                "Every kiosk reports its state every hour. Red needs attention."};
    case Txt::Kiosk:
        return {"Kiosk", "Kiosk"};
    case Txt::LastReport:
        return {"Laatste melding", "Last report"};
    case Txt::Version:
        return {"Versie", "Version"};
    case Txt::Queue:
        return {"Wachtrij", "Queue"};
    case Txt::OldestWaiting:
        return {"Oudste wachtend", "Oldest waiting"};
    case Txt::Screen:
        return {"Scherm", "Screen"};
    case Txt::On:
        return {"aan", "on"};
    case Txt::Off:
        return {"uit", "off"};
    case Txt::FreeDisk:
        return {"Vrije schijf", "Free disk"};
    case Txt::Temperature:
        return {"Temperatuur", "Temperature"};
    case Txt::Attention:
        return {"Aandacht", "Attention"};
    case Txt::AllWell:
        return {"in orde", "all well"};
    case Txt::NoKiosks:
        return {"Nog geen kiosk heeft zich gemeld.", "No kiosk has reported yet."};
    case Txt::FlagNotSeen:
        return {"niet gezien", "not seen"};
    case Txt::FlagQueue:
        return {"wachtrij loopt op", "queue growing"};
    case Txt::FlagDisk:
        return {"schijf bijna vol", "disk nearly full"};
    case Txt::FlagHot:
        return {"te warm of te weinig stroom", "hot or short of power"};
    case Txt::FlagFrames:
        return {"schermfouten", "failing frames"};
    case Txt::FlagFallbacks:
        return {"inhoud valt terug", "content fallbacks"};
    case Txt::FlagUploadError:
        return {"versturen mislukt", "uploads failing"};
    case Txt::Unknown:
        return {"onbekend", "unknown"};
    case Txt::NotFound:
        return {"Deze pagina bestaat niet.", "This page does not exist."};
    case Txt::HoursAgo:
        return {"uur geleden", "hours ago"};
    case Txt::MinutesAgo:
        return {"min geleden", "min ago"};
    case Txt::Hours:
        return {"uur", "h"};
    case Txt::Reach:
        return {"Bereik", "Reach"};
    case Txt::Groups:
        return {"Groepen", "Groups"};
    case Txt::Signals:
        return {"Signalen", "Signals"};
    case Txt::From:
        return {"Van", "From"};
    case Txt::To:
        return {"Tot en met", "To"};
    case Txt::Per:
        return {"Per", "By"};
    case Txt::ByDay:
        return {"dag", "day"};
    case Txt::ByWeek:
        return {"week", "week"};
    case Txt::ByMonth:
        return {"maand", "month"};
    case Txt::Location:
        return {"Locatie", "Location"};
    case Txt::AllLocations:
        return {"Alle locaties", "All locations"};
    case Txt::Show:
        return {"Tonen", "Show"};
    case Txt::DownloadCsv:
        return {"Download als CSV (precies wat hier staat)",
                "Download as CSV (exactly what is shown)"};
    case Txt::NoData:
        return {"Geen gegevens in deze periode.", "No data in this period."};
    case Txt::MetricVisits:
        return {"Bezoeken", "Visits"};
    case Txt::MetricLanguages:
        return {"Talen gekozen", "Languages chosen"};
    case Txt::MetricTopics:
        return {"Onderwerpen bekeken", "Topics viewed"};
    case Txt::MetricSubstances:
        return {"Middelen bekeken", "Substances viewed"};
    case Txt::MetricMixes:
        return {"Combinaties gecheckt", "Mixes checked"};
    case Txt::MetricReferrals:
        return {"Doorverwijzingen getoond", "Referrals shown"};
    case Txt::MetricQrCodes:
        return {"QR-codes getoond", "QR codes shown"};
    case Txt::MetricEmergency:
        return {"Noodscherm geopend", "Emergency screen opened"};
    case Txt::MetricAlerts:
        return {"Waarschuwingen bekeken", "Alerts viewed"};
    case Txt::MetricListening:
        return {"Voorlezen gebruikt", "Read aloud used"};
    case Txt::ReachIntro:
        return {"Wat de kiosken telden, als anonieme totalen per dag. Niets is per bezoeker "
                "bewaard.",
                "What the kiosks counted, as anonymous totals per day. Nothing is kept per "
                "visitor."};
    case Txt::Trend:
        return {"In de tijd", "Over time"};
    case Txt::PerLocation:
        return {"Per locatie", "Per location"};
    case Txt::PerKey:
        return {"Wat precies", "What exactly"};
    case Txt::PeriodColumn:
        return {"Periode", "Period"};
    case Txt::What:
        return {"Wat", "What"};
    case Txt::Which:
        return {"Welke", "Which"};
    case Txt::Count:
        return {"Aantal", "Count"};
    case Txt::Total:
        return {"Totaal", "Total"};
    case Txt::VisitsChart:
        return {"Bezoeken per periode", "Visits per period"};
    case Txt::Contacts:
        return {"Peerwerk", "Peer work"};
    case Txt::ContactsIntro:
        return {"Bezoekers die peerwerker willen worden. Een contact staat hier alleen als de "
                "bezoeker het zelf gaf. Elk contact dat u opent, wordt met uw naam in het "
                "auditlog gezet.",
                "Visitors who want to become a peer field worker. A contact is here only if "
                "the visitor gave it. Every contact you open is written to the audit log with "
                "your name."};
    case Txt::ContactsKept:
        return {"De server wist een formulier na het aantal dagen dat het toestemmingsscherm van "
                "de kiosk belooft.",
                "The server deletes a form after the number of days the kiosk's consent screen "
                "promises."};
    case Txt::NoForms:
        return {"Er zijn geen aanmeldingen.", "There are no forms."};
    case Txt::SentIn:
        return {"Verstuurd", "Sent in"};
    case Txt::Languages:
        return {"Talen", "Languages"};
    case Txt::Availability:
        return {"Beschikbaar", "Available"};
    case Txt::Contact:
        return {"Contact", "Contact"};
    case Txt::ShowContact:
        return {"Contact tonen", "Show contact"};
    case Txt::NoContactGiven:
        return {"geen contact gegeven", "no contact given"};
    case Txt::ViewLogged:
        return {"Dat u dit contact bekeek, staat nu in het auditlog.",
                "That you viewed this contact is now in the audit log."};
    case Txt::BackToList:
        return {"Terug naar de lijst", "Back to the list"};
    case Txt::Alerts:
        return {"Waarschuwingen", "Alerts"};
    case Txt::NotYourRole:
        return {"Deze pagina is alleen voor peerwerk-coördinatoren.",
                "This page is for peer-work coordinators only."};
    case Txt::Minutes:
        return {"min", "min"};
    }
    return {"?", "?"};
}

} // namespace

const char* tr(Txt text, Lang lang) {
    const Both b = both(text);
    return lang == Lang::Nl ? b.nl : b.en;
}

const char* lang_code(Lang lang) {
    return lang == Lang::Nl ? "nl" : "en";
}

} // namespace console
