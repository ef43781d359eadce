// Debian's nginx in front of a receiver for the load benchmark: the shipped site file with
// only its listen address, certificate (self-signed, made here with openssl) and upstream port
// changed, run unprivileged from a temporary prefix; stopped when the object goes.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>

class NginxFront {
  public:
    // Throws std::runtime_error when nginx cannot start (is the nginx package installed?).
    NginxFront(const std::string& site_conf, const std::filesystem::path& dir, int receiver_port);
    ~NginxFront();
    NginxFront(const NginxFront&) = delete;
    NginxFront& operator=(const NginxFront&) = delete;
    std::string base_url() const { return "https://127.0.0.1:" + std::to_string(port_); }

  private:
    pid_t pid_ = -1;
    int port_ = 0;
};
