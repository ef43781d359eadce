// Writing the console's config and running kiosk_console (console_process.hpp).
#include "console_process.hpp"

#include "sync/bundle_key_file.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <thread>

namespace fs = std::filesystem;

ConsoleProcess::ConsoleProcess(const std::string& binary, const fs::path& dir,
                               const std::string& database,
                               const std::vector<std::pair<std::string, std::string>>& group_types)
    : binary_(binary), dir_(dir), database_(database), group_types_(group_types) {
    kiosk::sync::write_key_file((dir_ / "alert.key").string(), kiosk::sync::generate_key_pair());
    fs::create_directories(dir_ / "bundles");
    write_config();
}

ConsoleProcess::~ConsoleProcess() {
    if (pid_ > 0) {
        kill(pid_, SIGTERM);
        int status = 0;
        waitpid(pid_, &status, 0);
    }
}

void ConsoleProcess::write_config() const {
    std::ofstream config(dir_ / "console.toml");
    config << "listen = \"127.0.0.1:0\"\ndatabase = \"" << database_ << "\"\nusers = \""
           << (dir_ / "console-users.toml").string() << "\"\n";
    if (group_types_known_) {
        config << "\n[group_types]\n";
        for (const auto& [id, type] : group_types_) {
            config << id << " = \"" << type << "\"\n";
        }
    }
    if (alerts_known_) {
        config << "\n[alerts]\nkey = \"" << (dir_ / "alert.key").string() << "\"\nbundles_dir = \""
               << (dir_ / "bundles").string() << "\"\n";
    }
}

int ConsoleProcess::run_add_user(const std::string& name, const std::string& password) const {
    const std::string command = binary_ + " --config " + (dir_ / "console.toml").string() +
                                " --add-user " + name + " --role peer-work >>" +
                                (dir_ / "console.log").string() + " 2>&1";
    FILE* in = popen(command.c_str(), "w");
    if (in == nullptr) {
        return -1;
    }
    std::fputs((password + "\n").c_str(), in);
    const int status = pclose(in);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void ConsoleProcess::add_user(const std::string& name, const std::string& password) {
    int code = run_add_user(name, password);
    if (code == 2) { // a console before [alerts]: the same without it
        alerts_known_ = false;
        write_config();
        code = run_add_user(name, password);
    }
    if (code == 2) { // a console before [group_types] too
        group_types_known_ = false;
        write_config();
        code = run_add_user(name, password);
    }
    if (code != 0) {
        throw std::runtime_error("kiosk_console --add-user failed (exit " + std::to_string(code) +
                                 "); see " + (dir_ / "console.log").string());
    }
}

std::string ConsoleProcess::start() {
    const fs::path port_file = dir_ / "port";
    pid_ = fork();
    if (pid_ == 0) {
        std::freopen((dir_ / "console.log").c_str(), "a", stderr);
        execl(binary_.c_str(), binary_.c_str(), "--config", (dir_ / "console.toml").c_str(),
              "--port-file", port_file.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    for (int i = 0; i < 3000 && !fs::exists(port_file); ++i) {
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            throw std::runtime_error("kiosk_console stopped at start; see " +
                                     (dir_ / "console.log").string());
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    int port = 0;
    std::ifstream(port_file) >> port;
    if (port == 0) {
        throw std::runtime_error("kiosk_console wrote no port in 30 s");
    }
    return "http://127.0.0.1:" + std::to_string(port);
}
