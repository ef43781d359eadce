// Receiver load benchmark (docs/performance.md, "The receiver at 200 kiosks"): N simulated
// kiosks, each its own thread with its own kiosk id, token and keep-alive connection, post
// batches to the real kiosk_receiver on 127.0.0.1 as fast as they are answered, for a given
// time. In the same run, the reference: the same clients asking GET /health (the HTTP path
// without storing). Prints requests and events a second and p50/p99 request times, then checks
// the receiver's database: every accepted event stored, once, and nothing else.
//
// Each kiosk posts from its own loopback address (127.0.1.1, 127.0.1.2, ...), as kiosks at
// different sites would. With NGINX_SITE_CONF (receiver/nginx/kiosk-receiver.conf) the same
// runs through Debian's nginx in front, over HTTPS, with that site file (nginx_front.hpp).
//
// With --postgresql the receiver stores into PostgreSQL: a throwaway server started for the run
// (throwaway_postgres.hpp, with fsync on, as PostgreSQL runs for real) and stopped.
//
// Usage: receiver_load_bench [--postgresql] RECEIVER_BINARY [KIOSKS=200] [SECONDS=60]
//        [EVENTS_PER_BATCH=20] [NGINX_SITE_CONF]
#include "event_store.hpp"
#include "nginx_front.hpp"
#include "throwaway_postgres.hpp"

#include <curl/curl.h>
#include <nlohmann/json.hpp>
#include <uuid/uuid.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

std::string kiosk_id(int i) {
    char id[16];
    std::snprintf(id, sizeof id, "k%03d", i);
    return id;
}
std::string token(int i) {
    return "bench-token-" + kiosk_id(i) + "-0123456789abcdef";
}

std::string new_uuid() {
    uuid_t u;
    uuid_generate_random(u);
    char text[37];
    uuid_unparse_lower(u, text);
    return text;
}

size_t collect(char* data, size_t size, size_t count, void* out) {
    static_cast<std::string*>(out)->append(data, size * count);
    return size * count;
}

struct Results {
    std::mutex mutex;
    std::vector<double> ms;         // request times
    std::set<std::string> accepted; // event ids the receiver answered as stored
    long requests = 0, failures = 0;
};

// One kiosk: posts (or, for the reference, GETs /health) until `until`.
void kiosk(int i, const std::string& base, bool store, int events, Clock::time_point until,
           Results& results) {
    CURL* curl = curl_easy_init();
    curl_slist* headers = nullptr;
    headers = curl_slist_append(headers, ("Authorization: Bearer " + token(i)).c_str());
    headers = curl_slist_append(headers, ("X-Kiosk-Id: " + kiosk_id(i)).c_str());
    headers = curl_slist_append(headers, "Content-Type: application/json");
    std::string answer;
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L); // a bench-made certificate (nginx)
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    const std::string from = "host!127.0.1." + std::to_string(i % 250 + 1);
    curl_easy_setopt(curl, CURLOPT_INTERFACE, from.c_str());
    std::vector<double> ms;
    std::vector<std::string> accepted;
    long requests = 0, failures = 0;
    while (Clock::now() < until) {
        std::string body;
        if (store) {
            body = R"({"kiosk_id":")" + kiosk_id(i) +
                   R"(","sent_at":"2026-12-04T10:00:00Z","events":[)";
            for (int e = 0; e < events; ++e) {
                body +=
                    (e ? "," : "") + std::string(R"({"id":")") + new_uuid() +
                    R"(","type":"visit.started","occurred_at":"2026-12-04T09:59:00Z","schema":1,"data":{"language":"nl"}})";
            }
            body += "]}";
            curl_easy_setopt(curl, CURLOPT_URL, (base + "/v1/events").c_str());
            curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
            curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
            curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
        } else {
            curl_easy_setopt(curl, CURLOPT_URL, (base + "/health").c_str());
        }
        answer.clear();
        const auto start = Clock::now();
        const CURLcode code = curl_easy_perform(curl);
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        long status = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        ++requests;
        if (code != CURLE_OK || status != 200) {
            ++failures;
            continue;
        }
        if (store) {
            const auto json = nlohmann::json::parse(answer, nullptr, false);
            if (json.is_object() && json.contains("accepted"))
                for (const auto& id : json["accepted"])
                    accepted.push_back(id.get<std::string>());
        }
    }
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    std::lock_guard<std::mutex> lock(results.mutex);
    results.ms.insert(results.ms.end(), ms.begin(), ms.end());
    results.accepted.insert(accepted.begin(), accepted.end());
    results.requests += requests;
    results.failures += failures;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

void run(const std::string& base, int kiosks, double seconds, bool store, int events,
         Results& results) {
    const auto until = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                          std::chrono::duration<double>(seconds));
    std::vector<std::thread> threads;
    for (int i = 0; i < kiosks; ++i)
        threads.emplace_back(kiosk, i, base, store, events, until, std::ref(results));
    for (auto& t : threads)
        t.join();
}

void print(const char* what, const Results& r, double seconds, int events) {
    std::printf("%-34s %9ld %10.0f %10.0f %8.1f %8.1f %8ld\n", what, r.requests,
                static_cast<double>(r.requests) / seconds,
                static_cast<double>(r.requests - r.failures) * events / seconds,
                percentile(r.ms, 0.50), percentile(r.ms, 0.99), r.failures);
}

// Every id in the receiver's store, read through the receiver's own store code (either kind).
std::set<std::string> stored_ids(const std::string& database, long& rows) {
    std::set<std::string> ids;
    const auto store = receiver::open_event_store(database, true);
    rows = 0;
    std::string after;
    for (auto page = store->page_after(after, 10000); !page.empty();
         page = store->page_after(after, 10000)) {
        for (const auto& event : page)
            ids.insert(event.id);
        rows += static_cast<long>(page.size());
        after = page.back().id;
    }
    return ids;
}

} // namespace

int main(int argc, char** argv) {
    const bool postgresql = argc > 1 && std::string(argv[1]) == "--postgresql";
    if (postgresql) {
        --argc;
        ++argv;
    }
    if (argc < 2) {
        std::fprintf(stderr, "usage: receiver_load_bench [--postgresql] RECEIVER_BINARY [KIOSKS] "
                             "[SECONDS] [EVENTS] [NGINX_SITE_CONF]\n");
        return 2;
    }
    std::optional<ThrowawayPostgres> postgres;
    if (postgresql)
        postgres.emplace("receiver_bench");
    const std::string database =
        postgres ? postgres->database()
                 : (fs::temp_directory_path() / ("receiver-load-" + std::to_string(getpid())) /
                    "receiver.db")
                       .string();
    const std::string binary = argv[1];
    const int kiosks = argc > 2 ? std::atoi(argv[2]) : 200;
    const double seconds = argc > 3 ? std::atof(argv[3]) : 60;
    const int events = argc > 4 ? std::atoi(argv[4]) : 20;
    const fs::path dir = fs::temp_directory_path() / ("receiver-load-" + std::to_string(getpid()));
    fs::create_directories(dir);
    {
        std::ofstream config(dir / "receiver.toml");
        config << "listen = \"127.0.0.1:0\"\ndatabase = \"" << database
               << "\"\nforwarded_by = \"127.0.0.1\"\n";
        for (int i = 0; i < kiosks; ++i)
            config << "[[kiosk]]\nid = \"" << kiosk_id(i) << "\"\ntoken = \"" << token(i) << "\"\n";
    }
    const pid_t pid = fork();
    if (pid == 0) {
        std::freopen("/dev/null", "w", stderr);
        execl(binary.c_str(), binary.c_str(), "--config", (dir / "receiver.toml").c_str(),
              "--port-file", (dir / "port").c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    for (int i = 0; i < 1000 && !fs::exists(dir / "port"); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    int port = 0;
    std::ifstream(dir / "port") >> port;
    std::string base = "http://127.0.0.1:" + std::to_string(port);
    std::optional<NginxFront> nginx;
    if (argc > 5) {
        nginx.emplace(argv[5], dir, port);
        base = nginx->base_url();
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);
    std::printf("%d kiosks on %u cores, %.0f s each, %d events a batch, %s, %s\n", kiosks,
                std::thread::hardware_concurrency(), seconds, events, base.c_str(),
                postgres ? "PostgreSQL" : "SQLite");
    std::printf("%-34s %9s %10s %10s %8s %8s %8s\n", "", "requests", "requests/s", "events/s",
                "p50 ms", "p99 ms", "failed");
    const double reference_seconds = std::max(5.0, seconds / 6);
    Results health, upload;
    run(base, kiosks, reference_seconds, false, 0, health);
    print("reference: GET /health", health, reference_seconds, 0);
    run(base, kiosks, seconds, true, events, upload);
    print("POST /v1/events (stores batches)", upload, seconds, events);
    nginx.reset();
    kill(pid, SIGTERM);
    int status = 0;
    waitpid(pid, &status, 0);
    long rows = 0;
    const std::set<std::string> stored = stored_ids(database, rows);
    const bool same = stored == upload.accepted && rows == static_cast<long>(stored.size());
    std::printf("stored %ld events; accepted %zu; the same set, each once: %s\n", rows,
                upload.accepted.size(), same ? "yes" : "NO");
    const int code = same ? 0 : 1;
    fs::remove_all(dir);
    curl_global_cleanup();
    return code;
}
