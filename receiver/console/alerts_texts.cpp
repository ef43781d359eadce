// The Alerts page's Dutch and English. code-shape: table
#include "alerts_texts.hpp"

namespace console {

namespace {

struct Both {
    const char* nl;
    const char* en;
};

Both both(ATxt text) {
    switch (text) {
    case ATxt::Intro:
        return {"Een waarschuwing die u hier publiceert, staat binnen 30 minuten op elke kiosk "
                "met de waarschuwingssleutel, van de eerste tot de laatste dag. Schrijf korte, "
                "eenvoudige zinnen. Twijfelt u? Zeg minder en verwijs naar een hulpverlener of "
                "112.",
                "An alert published here is on every kiosk with the alert key within 30 "
                "minutes, from its first to its last day. Write short, plain sentences. When "
                "unsure, say less and refer to a professional or 112."};
    case ATxt::NotConfigured:
        return {"Publiceren staat uit: console.toml heeft geen [alerts] met key en bundles_dir "
                "(zie docs/console.md).",
                "Publishing is off: console.toml has no [alerts] with key and bundles_dir (see "
                "docs/console.md)."};
    case ATxt::Channel:
        return {"Waarschuwingskanaal: versie", "Alert channel: version"};
    case ATxt::PublicKey:
        return {"Publieke sleutel (alert_public_key van elke kiosk)",
                "Public key (every kiosk's alert_public_key)"};
    case ATxt::OnKiosks:
        return {"Op de kiosken", "On the kiosks"};
    case ATxt::NoAlerts:
        return {"Er staat geen waarschuwing van de console op de kiosken.",
                "No alert from the console is on the kiosks."};
    case ATxt::WithdrawnTitle:
        return {"Ingetrokken", "Withdrawn"};
    case ATxt::Level:
        return {"Niveau", "Level"};
    case ATxt::Red:
        return {"Rood alarm", "Red alert"};
    case ATxt::Warning:
        return {"Waarschuwing", "Warning"};
    case ATxt::Notice:
        return {"Mededeling", "Notice"};
    case ATxt::AlertTitle:
        return {"Titel", "Title"};
    case ATxt::Lines:
        return {"Tekst", "Text"};
    case ATxt::LinesHint:
        return {"1 tot 6 regels, elk hoogstens 160 tekens.",
                "1 to 6 lines, each at most 160 characters."};
    case ATxt::Source:
        return {"Bron", "Source"};
    case ATxt::SourceHint:
        return {"Zo getoond als geschreven, bijvoorbeeld DIMS (Trimbos).",
                "Shown as written, for example DIMS (Trimbos)."};
    case ATxt::Issued:
        return {"Eerste dag", "First day"};
    case ATxt::Expires:
        return {"Laatste dag", "Last day"};
    case ATxt::Substances:
        return {"Middelen", "Substances"};
    case ATxt::SubstancesHint:
        return {"Ids uit het inhoudspakket, gescheiden door komma's (mdma, cocaine). Een rood "
                "alarm staat ook op hun pagina's.",
                "Ids of the content pack, separated by commas (mdma, cocaine). A red alert also "
                "shows on their pages."};
    case ATxt::Published:
        return {"Gepubliceerd", "Published"};
    case ATxt::Withdrawn:
        return {"Ingetrokken", "Withdrawn"};
    case ATxt::Withdraw:
        return {"Intrekken", "Withdraw"};
    case ATxt::NewAlert:
        return {"Nieuwe waarschuwing", "New alert"};
    case ATxt::Required:
        return {"verplicht", "required"};
    case ATxt::OtherLanguages:
        return {"Andere talen (niet verplicht)", "Other languages (optional)"};
    case ATxt::DraftNote:
        return {"Vertalingen laten een moedertaalspreker nakijken. Getallen, doses, tijden en "
                "telefoonnummers moeten precies die van het Engels zijn, regel voor regel; anders "
                "weigert de console.",
                "Have translations checked by a native speaker. Numbers, doses, times and phone "
                "numbers must be exactly those of the English, line by line; otherwise the "
                "console refuses."};
    case ATxt::Publish:
        return {"Publiceren op alle kiosken", "Publish to every kiosk"};
    case ATxt::Problems:
        return {"Niet gepubliceerd. Een kiosk zou dit weigeren:",
                "Not published. A kiosk would refuse this:"};
    case ATxt::PublishedMessage:
        return {"Gepubliceerd. De kiosken halen het binnen 30 minuten op.",
                "Published. The kiosks fetch it within 30 minutes."};
    case ATxt::WithdrawnMessage:
        return {"Ingetrokken. De kiosken halen het binnen 30 minuten weg.",
                "Withdrawn. The kiosks take it off within 30 minutes."};
    case ATxt::OnlyCoordinators:
        return {"Alleen een coördinator kan waarschuwingen publiceren of intrekken.",
                "Only a coordinator can publish or withdraw alerts."};
    case ATxt::FromSignal:
        return {"Gemaakt van melding", "Made from report"};
    case ATxt::PublishAsAlert:
        return {"Publiceren als waarschuwing", "Publish as alert"};
    case ATxt::NoSuchAlert:
        return {"Die waarschuwing staat niet op de kiosken.", "That alert is not on the kiosks."};
    case ATxt::CouldNotPublish:
        return {"Niet gepubliceerd:", "Not published:"};
    case ATxt::Back:
        return {"Terug naar waarschuwingen", "Back to alerts"};
    case ATxt::PastLastDay:
        return {"voorbij de laatste dag: de kiosken tonen het niet meer",
                "past its last day: the kiosks no longer show it"};
    }
    return {"", ""};
}

} // namespace

const char* at(ATxt text, Lang lang) {
    const Both b = both(text);
    return lang == Lang::Nl ? b.nl : b.en;
}

} // namespace console
