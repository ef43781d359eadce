// Backlight through sysfs, or the configured commands run with /bin/sh without waiting.
#include "screen_power.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace kiosk::platform {

namespace {

namespace fs = std::filesystem;

// Writes `text` to a sysfs attribute; "" or the problem.
std::string write_attribute(const std::string& file, const std::string& text) {
    const int fd = ::open(file.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return backlight_problem(file, errno);
    const ssize_t written = ::write(fd, text.data(), text.size());
    const int error = errno;
    ::close(fd);
    if (written != static_cast<ssize_t>(text.size()))
        return backlight_problem(file, written < 0 ? error : EIO);
    return "";
}

long read_number(const std::string& file) {
    std::ifstream in(file);
    long value = -1;
    if (!(in >> value))
        return -1;
    return value;
}

class SysfsBacklight : public ScreenPower {
  public:
    explicit SysfsBacklight(std::string dir) : dir_(std::move(dir)) {
        use_bl_power_ = fs::exists(dir_ + "/bl_power");
        if (!use_bl_power_) {
            brightness_on_ = read_number(dir_ + "/brightness");
            if (brightness_on_ <= 0)
                brightness_on_ = read_number(dir_ + "/max_brightness");
        }
    }
    bool can_switch() const override { return true; }
    std::string describe() const override { return "backlight " + dir_; }
    std::string set_on(bool on) override {
        if (use_bl_power_) // 0 = FB_BLANK_UNBLANK, 4 = FB_BLANK_POWERDOWN
            return write_attribute(dir_ + "/bl_power", on ? "0\n" : "4\n");
        if (!on) {
            const long now = read_number(dir_ + "/brightness");
            if (now > 0)
                brightness_on_ = now; // come back at the brightness it had
        }
        if (on && brightness_on_ <= 0)
            return dir_ + "/max_brightness cannot be read: is " + dir_ + " a backlight folder?";
        return write_attribute(dir_ + "/brightness",
                               (on ? std::to_string(brightness_on_) : std::string("0")) + "\n");
    }

  private:
    std::string dir_;
    bool use_bl_power_ = false;
    long brightness_on_ = -1;
};

class CommandScreenPower : public ScreenPower {
  public:
    CommandScreenPower(std::string on, std::string off)
        : on_(std::move(on)), off_(std::move(off)) {}
    ~CommandScreenPower() override {
        for (const Child& c : children_)
            waitpid(c.pid, nullptr, WNOHANG);
    }
    bool can_switch() const override { return true; }
    std::string describe() const override { return "commands \"" + off_ + "\" / \"" + on_ + "\""; }
    std::string set_on(bool on) override {
        const std::string& command = on ? on_ : off_;
        const char* argv[] = {"/bin/sh", "-c", command.c_str(), nullptr};
        pid_t pid = 0;
        const int error =
            posix_spawn(&pid, "/bin/sh", nullptr, nullptr, const_cast<char* const*>(argv), environ);
        if (error != 0)
            return "cannot run \"" + command + "\": " + std::strerror(error);
        children_.push_back({pid, command});
        return "";
    }
    std::string poll() override {
        std::string problem;
        for (auto it = children_.begin(); it != children_.end();) {
            int status = 0;
            if (waitpid(it->pid, &status, WNOHANG) != it->pid) {
                ++it;
                continue;
            }
            if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
                problem = "\"" + it->command + "\" failed (" +
                          (WIFEXITED(status) ? "exit code " + std::to_string(WEXITSTATUS(status))
                                             : std::string("killed by a signal")) +
                          "); check screen.on_command and screen.off_command";
            it = children_.erase(it);
        }
        return problem;
    }

  private:
    struct Child {
        pid_t pid;
        std::string command;
    };
    std::string on_, off_;
    std::vector<Child> children_;
};

class NoScreenPower : public ScreenPower {
  public:
    bool can_switch() const override { return false; }
    std::string describe() const override { return ""; }
    std::string set_on(bool) override { return ""; }
};

std::string first_backlight(const std::string& root) {
    std::vector<std::string> dirs;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(root, ec))
        if (fs::exists(entry.path() / "brightness"))
            dirs.push_back(entry.path().string());
    std::sort(dirs.begin(), dirs.end());
    return dirs.empty() ? "" : dirs.front();
}

} // namespace

std::string backlight_problem(const std::string& file, int error_number) {
    if (error_number == EACCES || error_number == EPERM || error_number == EROFS)
        return "no permission to write " + file +
               ": add the kiosk's user to the group \"video\" and install the udev rule from "
               "docs/configuration.md (Screen schedule), then restart the kiosk";
    if (error_number == ENOENT)
        return file + " does not exist: check screen.backlight (see ls /sys/class/backlight)";
    return "cannot write " + file + ": " + std::strerror(error_number);
}

std::unique_ptr<ScreenPower> make_screen_power(const ScreenConfig& config,
                                               const std::string& backlight_root) {
    if (!config.on_command.empty())
        return std::make_unique<CommandScreenPower>(config.on_command, config.off_command);
    if (config.backlight == "none")
        return std::make_unique<NoScreenPower>();
    const std::string dir =
        config.backlight == "auto" ? first_backlight(backlight_root) : config.backlight;
    if (dir.empty())
        return std::make_unique<NoScreenPower>();
    return std::make_unique<SysfsBacklight>(dir);
}

} // namespace kiosk::platform
