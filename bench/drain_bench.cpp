// Upload benchmark (docs/performance.md, "Uploads"): the cost of recording one event (its
// own transaction, synchronous=FULL, as the kiosk records), and draining 10,000 queued
// events to the real receiver on 127.0.0.1 with the kiosk's batching against one event per
// request, in one run. Prints figures; exits non-zero only if something could not run.
//
// Usage: drain_bench RECEIVER_BINARY [EVENTS] [BATCH] [SINGLE_EVENTS]
// (SINGLE_EVENTS, default EVENTS: how many to drain one per request, for a quicker run; the
// rate is per event either way)
#include "common/rfc3339.hpp"
#include "store/open_store.hpp"
#include "store/outbox.hpp"
#include "sync/curl_transport.hpp"
#include "sync/uploader.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

const char* kToken = "bench-token-0123456789abcdef";

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Receiver {
    pid_t pid = -1;
    int port = 0;
};

Receiver start_receiver(const std::string& binary, const fs::path& dir) {
    const fs::path config = dir / "receiver.toml";
    std::ofstream(config) << "listen = \"127.0.0.1:0\"\ndatabase = \""
                          << (dir / "receiver.db").string()
                          << "\"\nmax_body_bytes = 16777216\n[[kiosk]]\nid = \"bench\"\ntoken = \""
                          << kToken << "\"\n";
    const fs::path port_file = dir / "port";
    Receiver r;
    r.pid = fork();
    if (r.pid == 0) {
        std::freopen("/dev/null", "w", stderr);
        execl(binary.c_str(), binary.c_str(), "--config", config.c_str(), "--port-file",
              port_file.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    // polls for the port file the receiver writes once it listens (start-up, not measured)
    for (int i = 0; i < 1000 && !fs::exists(port_file); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    std::ifstream(port_file) >> r.port;
    return r;
}

void stop_receiver(const Receiver& r) {
    kill(r.pid, SIGTERM);
    int status = 0;
    waitpid(r.pid, &status, 0);
}

// Records `count` events, each in its own transaction; returns microseconds per event.
double record(kiosk::store::Database& db, int count) {
    const auto start = Clock::now();
    for (int i = 0; i < count; ++i) {
        kiosk::store::Transaction transaction(db);
        kiosk::store::append_event(
            db, kiosk::store::EventKind::AttendanceMarked,
            R"({"session_id":"experience/2026-11-24T14:00","code":"KXT-482","mark":"present",)"
            R"("staff":"Sam","n":)" +
                std::to_string(i) + "}",
            kiosk::utc_now());
        transaction.commit();
    }
    return seconds_since(start) * 1e6 / count;
}

// Drains the outbox to a fresh receiver with `batch` events per request; events per second.
double drain(const std::string& receiver_binary, const fs::path& dir, int events, int batch) {
    fs::create_directories(dir);
    auto opened = kiosk::store::open_store((dir / "kiosk").string(), kiosk::utc_now());
    record(opened.db, events);
    const Receiver receiver = start_receiver(receiver_binary, dir);
    if (receiver.port == 0) {
        std::fprintf(stderr, "drain_bench: the receiver did not start\n");
        std::exit(1);
    }
    kiosk::sync::CurlTransport transport({}, nullptr);
    kiosk::sync::UploadOptions options{"http://127.0.0.1:" + std::to_string(receiver.port), kToken,
                                       "bench", batch, true};
    kiosk::sync::Uploader uploader(opened.db, transport, options);
    const auto start = Clock::now();
    int delivered = 0;
    for (;;) {
        const auto report = uploader.attempt(kiosk::utc_now(), 0);
        if (report.outcome == kiosk::sync::AttemptReport::Outcome::Nothing)
            break;
        if (report.outcome != kiosk::sync::AttemptReport::Outcome::Progress) {
            std::fprintf(stderr, "drain_bench: upload failed: %s\n", report.detail.c_str());
            std::exit(1);
        }
        delivered += report.delivered;
    }
    const double elapsed = seconds_since(start);
    stop_receiver(receiver);
    if (delivered != events) {
        std::fprintf(stderr, "drain_bench: %d of %d delivered\n", delivered, events);
        std::exit(1);
    }
    std::printf("  batch %4d: %6d events in %7.2f s = %9.0f events/s (%d requests)\n", batch,
                events, elapsed, events / elapsed, (events + batch - 1) / batch);
    return events / elapsed;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr,
                     "usage: drain_bench RECEIVER_BINARY [EVENTS] [BATCH] [SINGLE_EVENTS]\n");
        return 2;
    }
    const std::string receiver = argv[1];
    const int events = argc > 2 ? std::atoi(argv[2]) : 10000;
    const int batch = argc > 3 ? std::atoi(argv[3]) : 500;
    const int single_events = argc > 4 ? std::atoi(argv[4]) : events;
    char pattern[] = "/tmp/kiosk-drain-bench-XXXXXX";
    const fs::path dir = mkdtemp(pattern);

    {
        auto opened = kiosk::store::open_store((dir / "record").string(), kiosk::utc_now());
        record(opened.db, 50); // warm-up
        const double us = record(opened.db, 2000);
        std::printf("recording one event (own transaction, WAL, synchronous=FULL): %.0f us "
                    "(mean of 2000)\n",
                    us);
    }
    std::printf("draining %d queued events to the receiver on 127.0.0.1 (gzip on):\n", events);
    const double batched = drain(receiver, dir / "batched", events, batch);
    const double single = drain(receiver, dir / "single", single_events, 1);
    std::printf("batching is %.1fx one event per request\n", batched / single);
    fs::remove_all(dir);
    return 0;
}
