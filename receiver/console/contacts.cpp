// Reading interest forms and drawing the peer-work pages.
#include "contacts.hpp"

#include "html.hpp"
#include "report_table.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace console {

namespace {

using nlohmann::json;

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) {
        out += (out.empty() ? "" : ", ") + w;
    }
    return out;
}

std::string when(const InterestForm& f) {
    return f.sent_at.substr(0, 10);
}

} // namespace

std::vector<InterestForm> read_interest_forms(const std::vector<receiver::ExportRow>& rows) {
    std::vector<InterestForm> forms;
    for (const auto& row : rows) {
        const json data = json::parse(row.data_json, nullptr, false);
        if (!data.is_object()) {
            continue;
        }
        InterestForm f{row.id, row.kiosk_id, row.occurred_at, {}, "", std::nullopt};
        if (const auto it = data.find("languages"); it != data.end() && it->is_array()) {
            for (const auto& code : *it) {
                if (code.is_string()) {
                    f.languages.push_back(code.get<std::string>());
                }
            }
        }
        if (const auto it = data.find("availability"); it != data.end() && it->is_string()) {
            f.availability = it->get<std::string>();
        }
        if (const auto it = data.find("contact");
            it != data.end() && it->is_string() && !it->get<std::string>().empty()) {
            f.contact = it->get<std::string>();
        }
        forms.push_back(std::move(f));
    }
    std::stable_sort(forms.begin(), forms.end(),
                     [](const auto& a, const auto& b) { return a.sent_at > b.sent_at; });
    return forms;
}

std::string contacts_main(Lang lang, const std::vector<InterestForm>& forms,
                          const std::string& csrf) {
    std::string html = "<p>" + std::string(tr(Txt::ContactsIntro, lang)) + "</p><p>" +
                       tr(Txt::ContactsKept, lang) + "</p>";
    if (forms.empty()) {
        return html + "<p class=\"message\">" + tr(Txt::NoForms, lang) + "</p>";
    }
    html += "<div class=\"table-wrap\"><table><thead><tr>";
    for (const Txt column :
         {Txt::SentIn, Txt::Location, Txt::Languages, Txt::Availability, Txt::Contact}) {
        html += "<th scope=\"col\">" + std::string(tr(column, lang)) + "</th>";
    }
    html += "</tr></thead><tbody>";
    const auto cell = [lang](Txt label, const std::string& inner) {
        return "<td data-label=\"" + std::string(tr(label, lang)) + "\">" + inner + "</td>";
    };
    for (const auto& f : forms) {
        const std::string contact =
            f.contact ? "<form class=\"review\" method=\"post\" action=\"/contacts/show\">"
                        "<input type=\"hidden\" name=\"csrf\" value=\"" +
                            escape(csrf) + "\"><input type=\"hidden\" name=\"id\" value=\"" +
                            escape(f.id) + "\"><button type=\"submit\">" +
                            tr(Txt::ShowContact, lang) + "</button></form>"
                      : escape(tr(Txt::NoContactGiven, lang));
        html +=
            "<tr>" + cell(Txt::SentIn, escape(when(f))) + cell(Txt::Location, escape(f.kiosk_id)) +
            cell(Txt::Languages, escape(joined(f.languages))) +
            cell(Txt::Availability, escape(f.availability)) + cell(Txt::Contact, contact) + "</tr>";
    }
    return html + "</tbody></table></div>";
}

std::string contact_main(Lang lang, const InterestForm& f) {
    ReportTable t{{tr(Txt::SentIn, lang), tr(Txt::Location, lang), tr(Txt::Languages, lang),
                   tr(Txt::Availability, lang), tr(Txt::Contact, lang)},
                  {},
                  {{when(f), f.kiosk_id, joined(f.languages), f.availability,
                    f.contact.value_or(tr(Txt::NoContactGiven, lang))}}};
    return "<p class=\"message\">" + std::string(tr(Txt::ViewLogged, lang)) + "</p>" +
           table_html(t) + "<p><a href=\"/contacts\">" + tr(Txt::BackToList, lang) + "</a></p>";
}

} // namespace console
