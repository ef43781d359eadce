// Sign-in and fleet pages.
#include "pages.hpp"

#include "html.hpp"

#include <cstdio>

namespace console {

namespace {

Txt flag_text(FleetFlag flag) {
    switch (flag) {
    case FleetFlag::NotSeen:
        return Txt::FlagNotSeen;
    case FleetFlag::QueueGrowing:
        return Txt::FlagQueue;
    case FleetFlag::DiskNearlyFull:
        return Txt::FlagDisk;
    case FleetFlag::HotOrThrottled:
        return Txt::FlagHot;
    case FleetFlag::FailingFrames:
        return Txt::FlagFrames;
    case FleetFlag::ContentFallbacks:
        return Txt::FlagFallbacks;
    case FleetFlag::UploadsFailing:
        return Txt::FlagUploadError;
    }
    return Txt::Unknown;
}

// "25 min" or "3 h" (with ago: "25 min ago").
std::string duration(Lang lang, std::int64_t seconds, bool ago) {
    if (seconds < 2 * 3600) {
        return std::to_string(std::max<std::int64_t>(0, seconds / 60)) + " " +
               tr(ago ? Txt::MinutesAgo : Txt::Minutes, lang);
    }
    return std::to_string(seconds / 3600) + " " + tr(ago ? Txt::HoursAgo : Txt::Hours, lang);
}

std::string cell(Lang lang, Txt label, const std::string& html, bool number = false) {
    return std::string("<td") + (number ? " class=\"num\"" : "") + " data-label=\"" +
           tr(label, lang) + "\">" + html + "</td>";
}

std::string unknown_or(Lang lang, const std::optional<std::string>& text) {
    return text ? escape(*text) : tr(Txt::Unknown, lang);
}

std::string kiosk_row(Lang lang, const KioskHealth& k, std::int64_t now) {
    const auto flags = flags_for(k, now);
    std::string flag_html;
    for (const FleetFlag f : flags) {
        flag_html += "<span class=\"flag\">" + std::string(tr(flag_text(f), lang)) + "</span>";
    }
    if (flags.empty()) {
        flag_html = "<span class=\"ok\">" + std::string(tr(Txt::AllWell, lang)) + "</span>";
    }
    char disk[32] = "";
    if (k.free_disk_bytes) {
        std::snprintf(disk, sizeof disk, "%.1f GB", static_cast<double>(*k.free_disk_bytes) / 1e9);
    }
    char temp[32] = "";
    if (k.cpu_temp_c) {
        std::snprintf(temp, sizeof temp, "%.1f °C", *k.cpu_temp_c);
    }
    const auto number = [](const std::optional<std::int64_t>& n) {
        return n ? std::optional<std::string>(std::to_string(*n)) : std::nullopt;
    };
    return "<tr>" + cell(lang, Txt::Kiosk, "<strong>" + escape(k.kiosk_id) + "</strong>") +
           cell(lang, Txt::Attention, flag_html) +
           cell(lang, Txt::LastReport, duration(lang, now - k.reported, true)) +
           cell(lang, Txt::Version, escape(k.version)) +
           cell(lang, Txt::Queue, unknown_or(lang, number(k.queue_depth)), true) +
           cell(lang, Txt::OldestWaiting,
                k.oldest_waiting_s ? duration(lang, *k.oldest_waiting_s, false) : std::string("-"),
                true) +
           cell(lang, Txt::Screen,
                k.screen_on ? tr(*k.screen_on ? Txt::On : Txt::Off, lang)
                            : tr(Txt::Unknown, lang)) +
           cell(lang, Txt::FreeDisk, k.free_disk_bytes ? disk : tr(Txt::Unknown, lang), true) +
           cell(lang, Txt::Temperature, k.cpu_temp_c ? temp : "-", true) + "</tr>";
}

} // namespace

std::string login_main(Lang lang, const std::string& login_token, std::optional<Txt> message) {
    std::string html;
    if (message) {
        html += "<p class=\"message\" role=\"alert\">" + std::string(tr(*message, lang)) + "</p>";
    }
    html += "<form class=\"login\" method=\"post\" action=\"/login\">"
            "<input type=\"hidden\" name=\"login_token\" value=\"" +
            escape(login_token) + "\"><label>" + tr(Txt::Name, lang) +
            "<input name=\"name\" autocomplete=\"username\" autocapitalize=\"none\" "
            "required></label><label>" +
            tr(Txt::Password, lang) +
            "<input name=\"password\" type=\"password\" autocomplete=\"current-password\" "
            "required></label><button type=\"submit\">" +
            tr(Txt::SignIn, lang) + "</button></form>";
    return html;
}

std::string fleet_main(Lang lang, const std::vector<KioskHealth>& kiosks, std::int64_t now) {
    std::string html = "<p>" + std::string(tr(Txt::FleetIntro, lang)) + "</p>";
    if (kiosks.empty()) {
        return html + "<p>" + tr(Txt::NoKiosks, lang) + "</p>";
    }
    html += "<div class=\"table-wrap\"><table><thead><tr>";
    for (const Txt head : {Txt::Kiosk, Txt::Attention, Txt::LastReport, Txt::Version, Txt::Queue,
                           Txt::OldestWaiting, Txt::Screen, Txt::FreeDisk, Txt::Temperature}) {
        html += "<th scope=\"col\">" + std::string(tr(head, lang)) + "</th>";
    }
    html += "</tr></thead><tbody>";
    for (const auto& k : kiosks) {
        html += kiosk_row(lang, k, now);
    }
    return html + "</tbody></table></div>";
}

} // namespace console
