// Test support for the receiver: a temp folder, the real binary as a child process (ready when
// /health answers, stopped with SIGTERM), a libcurl client, gzip, batches and a TLS certificate.
#pragma once

#include <curl/curl.h>
#include <sys/types.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace receiver_test {

inline constexpr const char* kKioskA = "centre-a";
inline constexpr const char* kTokenA = "token-a-0123456789abcdef";
inline constexpr const char* kKioskB = "centre-b";
inline constexpr const char* kTokenB = "token-b-0123456789abcdef";
inline constexpr const char* kAdminToken = "admin-0123456789abcdef";

// A fresh folder under the system temp dir, removed with everything in it at the end.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }

  private:
    std::string path_;
};

std::string read_text(const std::string& path);
void write_text(const std::string& path, const std::string& text);

struct ConfigOptions {
    std::string listen = "127.0.0.1:0";
    std::size_t max_body_bytes = 65536;
    bool admin = true;
    std::string tls_cert; // with tls_key: HTTPS
    std::string tls_key;
    std::string bundles_dir;    // signed bundles to serve (docs/bundles.md); empty: none
    std::string database;       // empty: the test database (test_database.hpp)
    int interest_kept_days = 0; // 0: the receiver's default
};

// receiver.toml in dir: listen on options.listen, the test database (receiver.db, or the folder's
// own PostgreSQL database in the PostgreSQL run: test_database.hpp), kiosks A and B.
std::string write_config(const TempDir& dir, const ConfigOptions& options = {});

struct HttpResult {
    CURLcode code = CURLE_OK;
    long status = 0;
    std::string body;
    std::map<std::string, std::string> headers; // names in lower case
    double seconds = 0;
    bool ok() const { return code == CURLE_OK; }
    // The header's value, or "" (name in lower case).
    std::string header(const std::string& name) const {
        const auto it = headers.find(name);
        return it == headers.end() ? std::string() : it->second;
    }
};

struct Http {
    std::string base_url;
    std::string ca_file; // for https: trust this certificate

    HttpResult get(const std::string& path, const std::vector<std::string>& headers = {}) const;
    HttpResult post(const std::string& path, const std::string& body,
                    const std::vector<std::string>& headers) const;
};

// The headers of an upload from kiosk_id with token (application/json).
std::vector<std::string> upload_headers(const std::string& kiosk_id, const std::string& token);

// Runs kiosk_receiver with args; write_config's config and --port-file come first.
class Receiver {
  public:
    // Starts it and waits (bounded) until GET /health answers 200. Fails the test otherwise.
    Receiver(const TempDir& dir, const std::string& config_path,
             const std::vector<std::string>& extra_args = {}, const std::string& ca_file = "");
    ~Receiver(); // SIGKILL if still running (a failed test); normal tests call stop()
    Receiver(const Receiver&) = delete;
    Receiver& operator=(const Receiver&) = delete;

    const Http& http() const { return http_; }
    int port() const { return port_; }
    pid_t pid() const { return pid_; }
    // SIGTERM, then waits (bounded) for the exit; returns the exit code (-1: did not exit).
    int stop();
    // Everything the receiver wrote to stderr so far.
    std::string log() const;

    // A batch upload from kiosk A.
    HttpResult upload(const std::string& body) const;

  private:
    pid_t pid_ = -1;
    int port_ = 0;
    std::string log_path_;
    Http http_;
};

// Runs the binary to its end (bounded); returns the exit code, with stdout/stderr text.
int run_receiver_once(const TempDir& dir, const std::vector<std::string>& args, std::string& out,
                      std::string& err);
// The same for another program (e.g. the kiosk_bundle tool); its files go to dir.
int run_program_once(const TempDir& dir, const std::string& program,
                     const std::vector<std::string>& args, std::string& out, std::string& err);

// A new random lower-case UUID.
std::string new_id();
// One event as JSON text.
std::string event_json(const std::string& id, const std::string& type = "signup.created",
                       const std::string& occurred_at = "2026-11-20T10:00:00Z",
                       const std::string& data = R"({"session_id":"s-1","code":"AAA-111"})");
// {"kiosk_id":..., "sent_at":..., "events":[...]} with the events' JSON texts as given.
std::string batch_json(const std::vector<std::string>& events,
                       const std::string& kiosk_id = kKioskA);

std::string gzip(const std::string& text);

// The ids of a 200 answer's list ("accepted" or "duplicates").
std::vector<std::string> ids_in(const HttpResult& result, const std::string& list);
// id -> reason of a 200 answer's "rejected".
std::map<std::string, std::string> rejected_in(const HttpResult& result);

// A self-signed certificate for 127.0.0.1 (and localhost), written as PEM files.
void make_self_signed_cert(const std::string& cert_path, const std::string& key_path);

// Rows of CSV text (RFC 4180 quoting), for checking exports.
std::vector<std::vector<std::string>> parse_csv(const std::string& text);

} // namespace receiver_test
