// One worker thread for the work that can take longer than a frame: checking a staff PIN
// (Argon2id), the hourly store maintenance (reach counts, retention, pruning) and loading a
// new content pack. Jobs run one at a time, in the order posted, and never touch the model
// or ImGui: each returns a follow-up that runs on the UI thread when the frame loop calls
// deliver(). The worker wakes the frame loop when a follow-up is ready.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace kiosk::services {

class Background {
  public:
    using FollowUp = std::function<void()>;
    using Job = std::function<FollowUp()>;

    // `wake` is called on the worker thread after a job finished (glfwPostEmptyEvent).
    explicit Background(std::function<void()> wake = {});
    // Lets the running job finish, drops the queued ones and their follow-ups.
    ~Background();
    Background(const Background&) = delete;
    Background& operator=(const Background&) = delete;

    // `name` is only for the log, when a job throws.
    void post(std::string name, Job job);
    // True when follow-ups wait for deliver().
    bool has_results() const;
    // Runs the waiting follow-ups on the calling (UI) thread; returns how many ran.
    int deliver();
    // Blocks until nothing is queued or running (tests; before a screenshot).
    void wait_idle();
    bool busy() const;

  private:
    void run();

    std::function<void()> wake_;
    mutable std::mutex mutex_;
    std::condition_variable work_ready_, idle_;
    std::deque<std::pair<std::string, Job>> jobs_;
    std::deque<FollowUp> results_;
    bool running_job_ = false;
    bool stop_ = false;
    std::thread thread_;
};

} // namespace kiosk::services
