// NTP synchronisation from timesyncd's flag file or the kernel.
#include "clock_status.hpp"

#include <sys/timex.h>
#include <unistd.h>

namespace kiosk::platform {

namespace {

class SystemClockStatus : public ClockStatus {
  public:
    explicit SystemClockStatus(std::string sync_file) : sync_file_(std::move(sync_file)) {}
    bool synchronised() override {
        if (access(sync_file_.c_str(), F_OK) == 0)
            return true;
        struct timex tx {};
        const int state = ntp_adjtime(&tx); // modes 0: only reads
        return kernel_clock_synchronised(state, tx.status, tx.maxerror);
    }

  private:
    std::string sync_file_;
};

} // namespace

bool kernel_clock_synchronised(int state, int status, long maxerror_us) {
    constexpr long kMaxErrorUs = 16'000'000; // the kernel's NTP_PHASE_LIMIT
    return state >= 0 && state != TIME_ERROR && (status & STA_UNSYNC) == 0 &&
           maxerror_us < kMaxErrorUs;
}

std::unique_ptr<ClockStatus> system_clock_status(std::string sync_file) {
    return std::make_unique<SystemClockStatus>(std::move(sync_file));
}

} // namespace kiosk::platform
