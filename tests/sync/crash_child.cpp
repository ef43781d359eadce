// The process the crash-loop test kills with SIGKILL: it records events (each in its own
// transaction, printing the id once committed) while its uploader sends them, as the kiosk
// does. With --drain it records nothing and uploads until the outbox is empty, then exits.
#include "common/rfc3339.hpp"
#include "store/open_store.hpp"
#include "store/outbox.hpp"
#include "sync/upload_service.hpp"

#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: crash_child DATA_DIR BASE_URL TOKEN [--drain]\n");
        return 2;
    }
    const std::string data_dir = argv[1];
    const bool drain = argc > 4 && std::string(argv[4]) == "--drain";
    auto opened = kiosk::store::open_store(data_dir, kiosk::utc_now());

    kiosk::sync::ServiceOptions options;
    options.db_path = opened.path;
    options.upload.base_url = argv[2];
    options.upload.token = argv[3];
    options.upload.kiosk_id = "centre-a";
    options.upload.batch_size = 7;
    kiosk::sync::UploadService service(options, nullptr);
    service.start();

    if (drain) {
        std::uint64_t done = 0;
        for (int attempt = 0; attempt < 500; ++attempt) {
            service.send_now();
            done = service.wait_for_attempts(done + 1, std::chrono::seconds(30));
            if (service.status().waiting == 0)
                return 0;
        }
        return 1;
    }
    for (int n = 0;; ++n) {
        std::string id;
        {
            kiosk::store::Transaction transaction(opened.db);
            id = kiosk::store::append_event(opened.db, kiosk::store::EventKind::AttendanceMarked,
                                            R"({"n":)" + std::to_string(n) + "}", kiosk::utc_now());
            transaction.commit();
        }
        std::printf("%s\n", id.c_str());
        std::fflush(stdout);
        service.send_now();
        // pace the workload so uploads overlap recording (this is the load, not a wait)
        std::this_thread::sleep_for(std::chrono::milliseconds(3));
    }
}
