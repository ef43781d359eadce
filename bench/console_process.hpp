// The real kiosk_console for console_year_bench: its console.toml (listen on 127.0.0.1:0,
// the bench's database, a users file, the bench groups' [group_types], [alerts] with a fresh
// alert key and a bundles folder in the bench's folder), a peer-work user added with
// --add-user (password on stdin), and the server started with --port-file and stopped.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

class ConsoleProcess {
  public:
    // group_types: (group id, type) for [group_types]. [alerts] and then [group_types] are
    // left out of the config when this console does not know them (it refuses unknown keys).
    // Throws std::runtime_error.
    ConsoleProcess(const std::string& binary, const std::filesystem::path& dir,
                   const std::string& database,
                   const std::vector<std::pair<std::string, std::string>>& group_types);
    ~ConsoleProcess(); // stops the console (SIGTERM)
    ConsoleProcess(const ConsoleProcess&) = delete;
    ConsoleProcess& operator=(const ConsoleProcess&) = delete;

    // Adds name as a peer-work coordinator with password; throws std::runtime_error.
    void add_user(const std::string& name, const std::string& password);
    // Starts the server; its base URL ("http://127.0.0.1:PORT"). Throws std::runtime_error.
    std::string start();

    bool knows_group_types() const { return group_types_known_; }
    bool knows_alerts() const { return alerts_known_; }
    pid_t pid() const { return pid_; }

  private:
    void write_config() const;
    int run_add_user(const std::string& name, const std::string& password) const;

    std::string binary_;
    std::filesystem::path dir_;
    std::string database_;
    std::vector<std::pair<std::string, std::string>> group_types_;
    bool group_types_known_ = true;
    bool alerts_known_ = true;
    pid_t pid_ = -1;
};
