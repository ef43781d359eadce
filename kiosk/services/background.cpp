// The worker loop: take a job, run it without the lock, queue its follow-up, wake the loop.
#include "background.hpp"

#include <cstdio>
#include <exception>

namespace kiosk::services {

Background::Background(std::function<void()> wake)
    : wake_(std::move(wake)), thread_([this] { run(); }) {}

Background::~Background() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
        jobs_.clear();
    }
    work_ready_.notify_all();
    thread_.join();
}

void Background::post(std::string name, Job job) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        jobs_.emplace_back(std::move(name), std::move(job));
    }
    work_ready_.notify_one();
}

bool Background::has_results() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return !results_.empty();
}

bool Background::busy() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return running_job_ || !jobs_.empty();
}

int Background::deliver() {
    std::deque<FollowUp> ready;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        ready.swap(results_);
    }
    for (auto& follow_up : ready)
        if (follow_up)
            follow_up();
    return static_cast<int>(ready.size());
}

void Background::wait_idle() {
    std::unique_lock<std::mutex> lock(mutex_);
    idle_.wait(lock, [this] { return (!running_job_ && jobs_.empty()) || stop_; });
}

void Background::run() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (true) {
        work_ready_.wait(lock, [this] { return stop_ || !jobs_.empty(); });
        if (stop_)
            return;
        auto [name, job] = std::move(jobs_.front());
        jobs_.pop_front();
        running_job_ = true;
        lock.unlock();
        FollowUp follow_up;
        try {
            follow_up = job();
        } catch (const std::exception& e) {
            std::fprintf(stderr, "kiosk: %s did not finish: %s\n", name.c_str(), e.what());
        }
        lock.lock();
        running_job_ = false;
        if (follow_up && !stop_)
            results_.push_back(std::move(follow_up));
        const bool idle = jobs_.empty();
        lock.unlock();
        if (wake_)
            wake_();
        if (idle)
            idle_.notify_all();
        lock.lock();
    }
}

} // namespace kiosk::services
