// Reading and writing the two header lines; every way a file can be broken gets its own
// sentence, so staff can tell a cut-off download from a wrong key.
#include "sync/bundle_format.hpp"

namespace kiosk::sync {

namespace {

const std::string kMagic = "kiosk-bundle ";
const std::string kFormat = "1";
const std::string kScheme = "ed25519 ";

bool starts_with(const std::string& text, const std::string& prefix) {
    return text.compare(0, prefix.size(), prefix) == 0;
}

// "abcdefgh..." — enough of a base64 key to tell two keys apart.
std::string key_hint(const std::string& raw_key) {
    return to_base64(raw_key).substr(0, 8) + "...";
}

std::optional<std::size_t> parse_length(const std::string& text) {
    if (text.empty() || text.size() > 9 ||
        text.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return static_cast<std::size_t>(std::stoul(text));
}

// The three parts of a file, before anything is verified.
struct Envelope {
    std::string signer;    // 32 bytes, as the file claims
    std::string signature; // 64 bytes
    std::string payload;
};

struct EnvelopeRead {
    std::optional<Envelope> envelope;
    std::string problem;
};

EnvelopeRead refused(std::string problem) {
    return {std::nullopt, std::move(problem)};
}

// Line 1: "kiosk-bundle 1 <length>". Returns "" or what is wrong with it.
std::string read_first_line(const std::string& bytes, std::size_t& length, std::size_t& line_end) {
    line_end = bytes.find('\n');
    if (line_end == std::string::npos)
        return "the bundle is cut short: it ends inside its first line";
    const std::string rest = bytes.substr(kMagic.size(), line_end - kMagic.size());
    const auto space = rest.find(' ');
    const std::string format = rest.substr(0, space);
    if (format != kFormat)
        return "the bundle has format \"" + format.substr(0, 16) +
               "\", but this kiosk reads format 1 only (update the kiosk software or make the "
               "bundle with a matching tool)";
    const auto parsed =
        space == std::string::npos ? std::nullopt : parse_length(rest.substr(space + 1));
    if (!parsed)
        return "the bundle's first line is damaged (it must be \"kiosk-bundle 1 <length>\")";
    length = *parsed;
    return "";
}

EnvelopeRead read_envelope(const std::string& bytes) {
    if (!looks_like_bundle(bytes))
        return refused("this is not a kiosk bundle (it does not start with \"kiosk-bundle\")");
    if (bytes.size() > kMaxBundleBytes)
        return refused("the bundle is larger than the 4 MiB a kiosk accepts");
    std::size_t length = 0;
    std::size_t first_end = 0;
    if (std::string problem = read_first_line(bytes, length, first_end); !problem.empty())
        return refused(std::move(problem));

    const auto second_end = bytes.find('\n', first_end + 1);
    const std::string second =
        bytes.substr(first_end + 1, second_end == std::string::npos ? std::string::npos
                                                                    : second_end - first_end - 1);
    if (second_end == std::string::npos && starts_with(kScheme, second))
        return refused("the bundle is cut short: it ends before its signature");
    if (!starts_with(second, kScheme))
        return refused("the bundle is not signed (its second line must be the ed25519 signature)");
    if (second_end == std::string::npos)
        return refused("the bundle is cut short: it ends inside its signature line");
    const std::string fields = second.substr(kScheme.size());
    const auto gap = fields.find(' ');
    const auto signer =
        gap == std::string::npos ? std::nullopt : decode_public_key(fields.substr(0, gap));
    const auto signature =
        gap == std::string::npos ? std::nullopt : from_base64(fields.substr(gap + 1));
    if (!signer || !signature || signature->size() != kSignatureBytes)
        return refused("the bundle's signature line is damaged (it must be \"ed25519 <public "
                       "key> <signature>\" in base64)");

    const std::size_t arrived = bytes.size() - (second_end + 1);
    if (arrived < length)
        return refused("the bundle is cut short: " + std::to_string(arrived) + " of " +
                       std::to_string(length) + " bytes of its contents arrived");
    if (arrived > length)
        return refused("the bundle has " + std::to_string(arrived - length) +
                       " unexpected bytes after its contents");
    return {Envelope{*signer, *signature, bytes.substr(second_end + 1)}, ""};
}

} // namespace

bool looks_like_bundle(const std::string& bytes) {
    return starts_with(bytes, kMagic);
}

std::string seal_bundle(const std::string& payload, const KeyPair& keys) {
    return kMagic + kFormat + " " + std::to_string(payload.size()) + "\n" + kScheme +
           to_base64(keys.public_key) + " " + to_base64(sign_detached(payload, keys)) + "\n" +
           payload;
}

OpenedBundle open_bundle(const std::string& bytes, const std::string& public_key) {
    EnvelopeRead read = read_envelope(bytes);
    if (!read.envelope)
        return {std::nullopt, read.problem};
    Envelope& envelope = *read.envelope;
    if (envelope.signer != public_key)
        return {std::nullopt,
                "the bundle is signed with another key (" + key_hint(envelope.signer) +
                    ") than the one in this kiosk's config (" + key_hint(public_key) + ")"};
    if (!verify_detached(envelope.payload, envelope.signature, public_key))
        return {std::nullopt, "the bundle's signature does not match its contents: it was "
                              "changed after it was signed"};
    return {std::move(envelope.payload), ""};
}

} // namespace kiosk::sync
