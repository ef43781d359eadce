// keygen, make and verify. make checks its bundle exactly as a kiosk will (envelope, manifest
// and loaders) before writing it, so a bundle it writes is never refused for its contents.
#include "commands.hpp"

#include "common/rfc3339.hpp"
#include "core/languages.hpp"
#include "sync/bundle_contents.hpp"
#include "sync/bundle_files.hpp"
#include "sync/bundle_format.hpp"
#include "sync/bundle_install.hpp"
#include "sync/bundle_key_file.hpp"
#include "sync/bundle_manifest.hpp"
#include "sync/bundle_sources.hpp"

#include <cstdlib>
#include <optional>

namespace bundle_tool {

namespace {

using namespace kiosk::sync;

const std::vector<std::string>& kAllLanguages = kiosk::language_codes();

std::optional<std::string> value(const CommandLine& line, const std::string& name) {
    const auto it = line.values.find(name);
    return it == line.values.end() ? std::nullopt : std::optional<std::string>(it->second);
}

std::string required(const CommandLine& line, const std::string& name, const std::string& hint) {
    const auto text = value(line, name);
    if (!text || text->empty())
        throw UsageError(line.command + " needs --" + name + " " + hint + " (kiosk_bundle --help)");
    return *text;
}

std::vector<std::string> languages(const CommandLine& line) {
    const auto text = value(line, "languages");
    if (!text)
        return kAllLanguages;
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text->size()) {
        const auto comma = text->find(',', start);
        const std::string code = text->substr(start, comma - start);
        if (code.empty())
            throw UsageError("--languages must be codes separated by commas, like nl,en,pl");
        out.push_back(code);
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return out;
}

bool is_kiosk_choice(const std::string& id) {
    return id == "*" ||
           (!id.empty() && id.size() <= 64 &&
            id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-_") == std::string::npos);
}

// A temporary folder removed with everything in it.
class TempFolder {
  public:
    TempFolder() {
        const char* base = std::getenv("TMPDIR");
        std::string pattern = std::string(base && *base ? base : "/tmp") + "/kiosk_bundle.XXXXXX";
        if (::mkdtemp(pattern.data()) == nullptr)
            throw BundleDiskError("cannot make a temporary folder in " + pattern);
        path_ = pattern;
    }
    ~TempFolder() {
        try {
            remove_all(path_);
        } catch (const BundleDiskError&) {
        }
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    const std::string& path() const { return path_; }

  private:
    std::string path_;
};

// The loaders' problems with the files as a kiosk would write them.
std::vector<kiosk::Problem> contents_problems(const BundleManifest& manifest,
                                              const std::vector<std::string>& langs) {
    TempFolder folder;
    write_bundle_files(folder.path(), manifest);
    return bundle_contents_problems(folder.path(), manifest, langs,
                                    /*check_alert_substances=*/true);
}

std::string describe(const BundleManifest& manifest) {
    std::size_t content_files = 0, pictures = 0;
    for (const auto& [path, text] : manifest.files) {
        pictures += is_picture_path(path) ? 1 : 0;
        content_files += path.rfind(std::string(kContentFolder) + "/", 0) == 0 ? 1 : 0;
    }
    return "version " + std::to_string(manifest.version) + " for " +
           (manifest.kiosk_id == "*" ? std::string("every kiosk") : "kiosk " + manifest.kiosk_id) +
           ", made " + manifest.created_at +
           (content_files ? ", " + std::to_string(content_files) + " content pack files" : "") +
           (manifest.has_schedule() ? ", a group schedule" : "") +
           (manifest.has_alerts() ? ", drug alerts" : "") +
           (pictures ? " with " + std::to_string(pictures) + " picture(s)" : "");
}

// The path a problem names, as the person running the tool knows it.
std::string source_path(const std::string& bundle_path, const CommandLine& line) {
    const std::string content = std::string(kContentFolder) + "/";
    if (bundle_path == kScheduleFile)
        return value(line, "schedule").value_or(bundle_path);
    if (bundle_path == kAlertsFile)
        return value(line, "alerts").value_or(bundle_path);
    if (is_picture_path(bundle_path) && value(line, "alerts")) {
        const std::string alerts = *value(line, "alerts");
        const auto slash = alerts.rfind('/');
        return (slash == std::string::npos ? "" : alerts.substr(0, slash + 1)) + bundle_path;
    }
    if (bundle_path.compare(0, content.size(), content) == 0)
        return *value(line, "content") + "/" + bundle_path.substr(content.size());
    return bundle_path;
}

} // namespace

int run_keygen(const CommandLine& line, std::ostream& out, std::ostream& err) {
    const std::string path = required(line, "out", "KEYFILE (where the secret key goes)");
    if (!line.files.empty())
        throw UsageError("keygen takes no file names besides -o KEYFILE");
    const KeyPair keys = generate_key_pair();
    write_key_file(path, keys);
    out << to_base64(keys.public_key) << "\n";
    err << "kiosk_bundle: wrote the secret key to " << path
        << " (keep it safe and private). Put the public key above in every kiosk's config:\n"
        << "  [upload]\n  bundle_public_key = \"" << to_base64(keys.public_key) << "\"\n";
    return 0;
}

int run_make(const CommandLine& line, std::ostream& out, std::ostream& err) {
    const auto content = value(line, "content");
    const auto schedule = value(line, "schedule");
    const auto alerts = value(line, "alerts");
    if (!content && !schedule && !alerts)
        throw UsageError("make needs --content DIR, --schedule FILE, --alerts FILE or more");
    const std::string version_text = required(line, "version", "N (a whole number from 1)");
    if (version_text.size() > 15 ||
        version_text.find_first_not_of("0123456789") != std::string::npos ||
        std::stoll(version_text) < 1)
        throw UsageError("--version must be a whole number from 1, above every version sent "
                         "before (got \"" +
                         version_text + "\")");
    const std::string kiosk = required(line, "kiosk", "ID (one kiosk's kiosk_id) or '*'");
    if (!is_kiosk_choice(kiosk))
        throw UsageError("--kiosk must be a kiosk_id (1-64 of a-z 0-9 - _) or '*' for every "
                         "kiosk (got \"" +
                         kiosk + "\")");
    const std::string key_path = required(line, "key", "KEYFILE (from kiosk_bundle keygen)");
    const std::string out_path = required(line, "out", "OUT (the bundle file to write)");
    if (!line.files.empty())
        throw UsageError("make takes no file names besides its options (got \"" + line.files[0] +
                         "\")");
    const auto langs = languages(line);

    std::string warning;
    const KeyPair keys = read_key_file(key_path, warning);
    if (!warning.empty())
        err << "kiosk_bundle: warning: " << warning << "\n";
    CollectedFiles collected = collect_bundle_files(content, schedule, alerts);
    for (const auto& skipped : collected.skipped)
        err << "kiosk_bundle: skipped " << skipped
            << " (a bundle holds only <name>.toml content pack files at the top, in "
               "substances/ and in pages/, and <name>.png alert pictures)\n";
    if (!collected.problem.empty()) {
        err << "kiosk_bundle: " << collected.problem << "; nothing written\n";
        return 1;
    }
    BundleManifest manifest;
    manifest.kiosk_id = kiosk;
    manifest.version = std::stoll(version_text);
    manifest.created_at = kiosk::utc_now();
    manifest.files = collected.files;

    const std::string sealed = seal_bundle(manifest_json(manifest), keys);
    const OpenedBundle opened = open_bundle(sealed, keys.public_key);
    const ManifestRead reread = opened.payload ? read_manifest(*opened.payload)
                                               : ManifestRead{std::nullopt, opened.problem};
    if (!reread.manifest) {
        err << "kiosk_bundle: a kiosk would refuse this bundle: " << reread.problem
            << "; nothing written\n";
        return 1;
    }
    const auto problems = contents_problems(manifest, langs);
    if (!problems.empty()) {
        for (auto p : problems) {
            p.file = source_path(p.file, line);
            err << kiosk::to_string(p) << "\n";
        }
        err << "kiosk_bundle: " << problems.size()
            << " problem(s) above: kiosks would refuse this bundle; fix them and run make "
               "again. Nothing written.\n";
        return 1;
    }
    replace_file(out_path, sealed);
    out << "wrote " << out_path << ": " << describe(manifest) << ", " << sealed.size()
        << " bytes, signed with public key " << to_base64(keys.public_key) << "\n";
    return 0;
}

int run_verify(const CommandLine& line, std::ostream& out, std::ostream& err) {
    const std::string key_text =
        required(line, "public-key", "BASE64 (the kiosks' bundle_public_key)");
    const auto public_key = decode_public_key(key_text);
    if (!public_key)
        throw UsageError("--public-key must be the 44 characters of base64 that kiosk_bundle "
                         "keygen printed");
    const auto kiosk = value(line, "kiosk");
    if (line.files.size() != 1)
        throw UsageError("verify checks one bundle file: kiosk_bundle verify --public-key "
                         "BASE64 FILE");
    const std::string& path = line.files[0];
    const auto langs = languages(line);
    const auto bytes = read_whole_file(path);
    if (!bytes) {
        err << "kiosk_bundle: " << path << " does not exist\n";
        return 1;
    }
    const OpenedBundle opened = open_bundle(*bytes, *public_key);
    const ManifestRead read = opened.payload ? read_manifest(*opened.payload)
                                             : ManifestRead{std::nullopt, opened.problem};
    if (!read.manifest) {
        err << "kiosk_bundle: " << path << ": refused: " << read.problem << "\n";
        return 1;
    }
    if (kiosk && read.manifest->kiosk_id != "*" && read.manifest->kiosk_id != *kiosk) {
        err << "kiosk_bundle: " << path << ": refused: the bundle is for kiosk \""
            << read.manifest->kiosk_id << "\", not for \"" << *kiosk << "\"\n";
        return 1;
    }
    const auto problems = contents_problems(*read.manifest, langs);
    if (!problems.empty()) {
        for (const auto& p : problems)
            err << path << ": " << kiosk::to_string(p) << "\n";
        err << "kiosk_bundle: " << path << ": refused: " << problems.size()
            << " problem(s) in its contents (above)\n";
        return 1;
    }
    out << path << ": good bundle, " << describe(*read.manifest) << "\n";
    return 0;
}

} // namespace bundle_tool
