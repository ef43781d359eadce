// The uploader thread's loop: wait, record the health report, attempt, settle, report,
// relieve outbox pressure.
#include "sync/upload_service.hpp"

#include "common/rfc3339.hpp"
#include "store/open_store.hpp"
#include "store/outbox_delivery.hpp"
#include "store/outbox_pressure.hpp"

#include <cstdio>
#include <random>

namespace kiosk::sync {

namespace {

using Clock = std::chrono::steady_clock;

double unix_now() {
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::optional<std::int64_t> unix_of(const std::optional<std::string>& utc) {
    return utc ? parse_utc(*utc) : std::nullopt;
}

// The address without user:password@ (config could carry one) or query.
std::string shown_server(const std::string& url) {
    std::string shown = url;
    const auto scheme = shown.find("://");
    const auto at = shown.find('@', scheme == std::string::npos ? 0 : scheme + 3);
    const auto slash = shown.find('/', scheme == std::string::npos ? 0 : scheme + 3);
    if (at != std::string::npos && (slash == std::string::npos || at < slash))
        shown.erase(scheme + 3, at - scheme - 2);
    const auto query = shown.find('?');
    return query == std::string::npos ? shown : shown.substr(0, query);
}

const char* pressure_name(store::PressureLevel level) {
    switch (level) {
    case store::PressureLevel::Near:
        return "near";
    case store::PressureLevel::Full:
        return "full";
    default:
        return "ok";
    }
}

} // namespace

UploadService::UploadService(ServiceOptions options, std::function<void()> on_change,
                             MakeTransport make_transport)
    : options_(std::move(options)), on_change_(std::move(on_change)),
      make_transport_(std::move(make_transport)) {
    if (!make_transport_) {
        const TransportOptions transport = options_.transport;
        make_transport_ = [transport](const std::atomic<bool>* abort) {
            return std::make_unique<CurlTransport>(transport, abort);
        };
    }
    status_.configured = true;
    status_.server = shown_server(options_.upload.base_url);
    status_.outbox_cap_bytes = options_.outbox_cap_bytes;
}

UploadService::~UploadService() {
    stop();
}

void UploadService::start() {
    if (!thread_.joinable())
        thread_ = std::thread([this] { run(); });
}

void UploadService::stop() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable())
        thread_.join();
}

void UploadService::nudge(unsigned what) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        nudges_ |= what;
    }
    wake_.notify_all();
}

void UploadService::events_recorded() {
    nudge(kRecorded);
}
void UploadService::send_now() {
    nudge(kSendNow);
}
void UploadService::network_changed() {
    nudge(kNetwork);
}

SyncStatusView UploadService::status() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return status_;
}

std::uint64_t UploadService::wait_for_attempts(std::uint64_t at_least,
                                               std::chrono::milliseconds limit) const {
    std::unique_lock<std::mutex> lock(mutex_);
    attempted_.wait_for(lock, limit, [&] { return attempts_ >= at_least; });
    return attempts_;
}

bool UploadService::wait_until_idle(std::chrono::milliseconds limit) const {
    std::unique_lock<std::mutex> lock(mutex_);
    return attempted_.wait_for(lock, limit, [&] { return idle_ && nudges_ == 0; });
}

void UploadService::refresh_status(store::Database& db, const UploadSchedule& schedule) {
    const auto summary = store::outbox_summary(db);
    auto quarantined = store::quarantined_events(db, 20);
    const auto wait = schedule.next_attempt() - Clock::now();
    std::lock_guard<std::mutex> lock(mutex_);
    status_.waiting = summary.queued + summary.in_flight;
    status_.quarantined = summary.quarantined;
    status_.oldest_waiting_unix = unix_of(summary.oldest_undelivered_at);
    status_.last_success_unix = unix_of(summary.last_delivered_at);
    status_.outbox_bytes = summary.bytes;
    status_.next_attempt_unix = status_.waiting > 0
                                    ? std::optional<std::int64_t>(static_cast<std::int64_t>(
                                          unix_now() + std::chrono::duration<double>(wait).count()))
                                    : std::nullopt;
    status_.quarantined_events.clear();
    for (auto& q : quarantined)
        status_.quarantined_events.push_back(
            {std::move(q.type), std::move(q.occurred_at), std::move(q.reason)});
}

std::chrono::minutes UploadService::check_bundle(BundleUpdater& updater,
                                                 const BundleOptions& options) {
    const BundleCheckResult result = updater.check(utc_now());
    if (result.outcome == BundleCheckResult::Outcome::Installed)
        ++bundles_installed_;
    const bool problem = result.outcome == BundleCheckResult::Outcome::Refused ||
                         result.outcome == BundleCheckResult::Outcome::Failed;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        switch (options.channel) {
        case BundleChannel::Content:
            status_.bundle_version = result.version;
            status_.bundle_checked_unix = static_cast<std::int64_t>(unix_now());
            status_.bundle_problem = problem ? result.reason : "";
            break;
        case BundleChannel::Alerts:
            status_.alerts_version = result.version;
            status_.alerts_problem = problem ? result.reason : "";
            break;
        }
    }
    const auto installed =
        active_bundle_installed_unix(channel_store_dir(options.data_dir, options.channel));
    return next_bundle_check(options_.bundle_cadence, result.outcome, installed,
                             static_cast<std::int64_t>(unix_now()));
}

struct UploadService::Round {
    explicit Round(std::unique_ptr<HttpTransport> t)
        : transport(std::move(t)), schedule(Clock::now(), [this] { return unit(random); }) {}
    std::optional<store::Database> db; // the thread's own connection
    std::unique_ptr<HttpTransport> transport;
    std::mt19937_64 random{std::random_device{}()};
    std::uniform_real_distribution<double> unit{0.0, 1.0};
    UploadSchedule schedule;
    std::optional<BundleUpdater> bundles;
    std::optional<BundleUpdater> alert_bundles;
    Clock::time_point next_bundle_check = Clock::now();
    HealthCadence health;
};

void UploadService::report_problem(Problem problem, const std::string& detail) {
    std::lock_guard<std::mutex> lock(mutex_);
    status_.problem = problem == Problem::None ? "" : problem_key(problem);
    status_.problem_detail = detail;
    status_.problem_unix = problem == Problem::None
                               ? std::nullopt
                               : std::optional<std::int64_t>(static_cast<std::int64_t>(unix_now()));
}

void UploadService::prepare(Round& round) {
    try {
        if (!round.db) {
            round.db.emplace(store::open_connection(options_.db_path));
            store::requeue_in_flight(*round.db);
        }
        try {
            const auto pressure = store::relieve_pressure(*round.db, options_.outbox_cap_bytes,
                                                          options_.upload.kiosk_id, utc_now());
            std::lock_guard<std::mutex> lock(mutex_);
            status_.pressure = pressure_name(pressure.level);
        } catch (const std::exception& e) {
            // Making room failed this time (busy, a bad row): delivery goes on anyway.
            std::fprintf(stderr, "kiosk: could not make room in the outbox: %s\n", e.what());
        }
        refresh_status(*round.db, round.schedule);
    } catch (const std::exception& e) {
        round.db.reset(); // try again from scratch after the back-off
        report_problem(Problem::Storage, e.what());
        AttemptReport storage_failed;
        storage_failed.outcome = AttemptReport::Outcome::Failed;
        round.schedule.after(storage_failed, Clock::now());
    }
    if (on_change_)
        on_change_();
}

unsigned UploadService::wait_for_work(Round& round) {
    std::unique_lock<std::mutex> lock(mutex_);
    const auto until = round.bundles || round.alert_bundles
                           ? std::min(round.schedule.next_attempt(), round.next_bundle_check)
                           : round.schedule.next_attempt();
    if (nudges_ == 0 && until > Clock::now()) {
        idle_ = true;
        attempted_.notify_all();
    }
    wake_.wait_until(lock, until, [&] { return stop_ || nudges_ != 0; });
    idle_ = false;
    const unsigned nudges = nudges_;
    nudges_ = 0;
    return nudges;
}

void UploadService::follow_nudges(Round& round, unsigned nudges) {
    const auto now = Clock::now();
    if (nudges & kRecorded)
        round.schedule.events_recorded(now);
    if (nudges & kNetwork)
        round.schedule.network_changed(now);
    if (nudges & kSendNow)
        round.schedule.send_now(now);
    const bool any_channel = round.bundles || round.alert_bundles;
    if (any_channel && ((nudges & kSendNow) || now >= round.next_bundle_check)) {
        auto wait = options_.bundle_cadence.every;
        if (round.bundles)
            wait = std::min(wait, check_bundle(*round.bundles, *options_.bundles));
        if (round.alert_bundles)
            wait = std::min(wait, check_bundle(*round.alert_bundles, *options_.alert_bundles));
        round.next_bundle_check = Clock::now() + wait;
        if (on_change_)
            on_change_();
    }
}

void UploadService::attempt(Round& round) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        status_.sending = true;
    }
    if (on_change_)
        on_change_();
    Uploader uploader(*round.db, *round.transport, options_.upload);
    const AttemptReport report = uploader.attempt(utc_now(), unix_now());
    options_.upload.batch_size = uploader.batch_limit(); // smaller after a 413
    round.schedule.after(report, Clock::now());
    if (report.outcome == AttemptReport::Outcome::Progress ||
        report.outcome == AttemptReport::Outcome::Nothing)
        report_problem(Problem::None, "");
    else
        report_problem(report.problem, report.detail);
    if (report.problem == Problem::Storage)
        round.db.reset();
    try {
        if (round.db)
            refresh_status(*round.db, round.schedule); // whoever waits for this attempt sees it
    } catch (const std::exception& e) {
        report_problem(Problem::Storage, e.what());
    }
    {
        std::lock_guard<std::mutex> lock(mutex_);
        status_.sending = false;
        ++attempts_;
    }
    attempted_.notify_all();
}

void UploadService::run() {
    Round round(make_transport_(&stop_));
    round.health = HealthCadence(options_.health_every);
    if (options_.bundles)
        round.bundles.emplace(*round.transport, *options_.bundles);
    if (options_.alert_bundles)
        round.alert_bundles.emplace(*round.transport, *options_.alert_bundles);
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (const auto active = active_bundle(options_.bundles ? options_.bundles->data_dir : ""))
            status_.bundle_version = active->version;
        status_.alerts_configured = options_.alert_bundles.has_value();
        if (options_.alert_bundles)
            if (const auto active = active_bundle(
                    channel_store_dir(options_.alert_bundles->data_dir, BundleChannel::Alerts)))
                status_.alerts_version = active->version;
    }
    while (!stop_) {
        prepare(round);
        const unsigned nudges = wait_for_work(round);
        if (stop_)
            break;
        follow_nudges(round, nudges);
        if (round.schedule.due(Clock::now()) && round.db) {
            record_health_if_due(*round.db, round.health); // sent in this same attempt
            attempt(round);
        }
    }
}

} // namespace kiosk::sync
