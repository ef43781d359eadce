// Runs the loaders on the staged files and words their problems for staff.
#include "sync/bundle_contents.hpp"

#include "core/content/alerts.hpp"
#include "core/content/pack_loader.hpp"

#include "core/groups/schedule_loader.hpp"
#include <set>

namespace kiosk::sync {

namespace {

constexpr std::size_t kShownProblems = 3;

void add_relative(const std::string& folder, const std::vector<Problem>& found,
                  std::vector<Problem>& out) {
    for (Problem p : found) {
        if (p.file.compare(0, folder.size() + 1, folder + "/") == 0)
            p.file.erase(0, folder.size() + 1);
        out.push_back(std::move(p));
    }
}

} // namespace

std::vector<Problem> bundle_contents_problems(const std::string& folder,
                                              const BundleManifest& manifest,
                                              const std::vector<std::string>& languages,
                                              bool check_alert_substances) {
    std::vector<Problem> problems;
    if (manifest.has_content())
        add_relative(folder, content::load_pack(folder + "/" + kContentFolder, languages).problems,
                     problems);
    if (manifest.has_schedule())
        add_relative(folder, groups::load_schedule(folder + "/" + kScheduleFile).problems,
                     problems);
    if (manifest.has_alerts()) {
        // The substances an alert names must be the bundle's own pack's (for the tool).
        std::set<std::string> ids;
        content::PackPtr pack;
        if (check_alert_substances && manifest.has_content())
            pack = content::load_pack(folder + "/" + kContentFolder, languages).pack;
        if (pack)
            for (const auto& s : pack->substances)
                ids.insert(s.meta.id);
        add_relative(
            folder,
            content::load_alerts(folder + "/" + kAlertsFile, languages, pack ? &ids : nullptr)
                .problems,
            problems);
    }
    return problems;
}

std::string bundle_contents_problem(const std::string& folder, const BundleManifest& manifest,
                                    const std::vector<std::string>& languages) {
    const auto problems = bundle_contents_problems(folder, manifest, languages);
    if (problems.empty())
        return "";
    std::string text = "bundle version " + std::to_string(manifest.version) + " does not load (" +
                       std::to_string(problems.size()) +
                       (problems.size() == 1 ? " problem): " : " problems): ");
    for (std::size_t i = 0; i < problems.size() && i < kShownProblems; ++i)
        text += (i == 0 ? "" : "; ") + to_string(problems[i]);
    if (problems.size() > kShownProblems)
        text += "; and " + std::to_string(problems.size() - kShownProblems) + " more";
    return text;
}

} // namespace kiosk::sync
