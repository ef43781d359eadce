// The crash loop: 60 runs of a recording-and-uploading process killed with SIGKILL at a
// random point (after a random number of committed events, so anywhere in an upload), with a
// receiver that also fails and drops connections. After a final run that drains the outbox,
// the receiver holds exactly the events the kiosk recorded: none lost, none twice.
#include "sync_test_support.hpp"

#include <catch2/catch.hpp>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <random>

using namespace sync_test;
using receiver_test::Receiver;
using receiver_test::TempDir;

namespace {

struct Child {
    pid_t pid = -1;
    FILE* out = nullptr;
};

Child start_child(const std::vector<std::string>& args) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        std::vector<char*> argv;
        for (const auto& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(fds[1]);
    return {pid, fdopen(fds[0], "r")};
}

int wait_for(pid_t pid) {
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    return status;
}

} // namespace

TEST_CASE("kill -9 at random moments while recording and uploading loses nothing",
          "[sync][crash]") {
    TempDir kiosk_dir, receiver_dir;
    const std::string data = kiosk_dir.file("data");
    Receiver receiver(receiver_dir, receiver_test::write_config(receiver_dir),
                      {"--seed", "5", "--fail-share", "0.15", "--close-share", "0.25"});
    const std::string url = "http://127.0.0.1:" + std::to_string(receiver.port());
    std::mt19937 random(20261122);
    std::uniform_int_distribution<int> events_before_kill(1, 40);

    constexpr int kRuns = 60;
    std::set<std::string> printed;
    for (int run = 0; run < kRuns; ++run) {
        Child child = start_child({KIOSK_SYNC_CRASH_CHILD, data, url, receiver_test::kTokenA});
        const int kill_after = events_before_kill(random);
        char line[128];
        for (int seen = 0; seen < kill_after && std::fgets(line, sizeof line, child.out);) {
            std::string id(line);
            if (!id.empty() && id.back() == '\n')
                id.pop_back();
            printed.insert(id);
            ++seen;
        }
        kill(child.pid, SIGKILL);
        const int status = wait_for(child.pid);
        std::fclose(child.out);
        INFO("run " << run);
        REQUIRE(WIFSIGNALED(status));
        REQUIRE(WTERMSIG(status) == SIGKILL);
    }
    const std::set<std::string> before_drain = receiver_ids(receiver_dir);
    INFO("events delivered before the drain: " << before_drain.size() << " of " << printed.size());
    CHECK(!before_drain.empty()); // the uploads really overlapped the kills

    Child drain =
        start_child({KIOSK_SYNC_CRASH_CHILD, data, url, receiver_test::kTokenA, "--drain"});
    const int status = wait_for(drain.pid);
    std::fclose(drain.out);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);

    const std::set<std::string> recorded = kiosk_ids(data);
    for (const auto& id : printed)
        REQUIRE(recorded.count(id) == 1); // every committed event survived the kills
    CHECK(receiver_ids(receiver_dir) == recorded);
    CHECK(receiver_rows(receiver_dir) == static_cast<std::int64_t>(recorded.size()));
    CHECK(kiosk_ids_in(data, "delivered") == recorded);
    CHECK(receiver.stop() == 0);
}
