// Writing nginx's config from the shipped site file, starting and stopping nginx.
#include "nginx_front.hpp"

#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace {

int free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    socklen_t size = sizeof a;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &size);
    ::close(fd);
    return ntohs(a.sin_port);
}

bool can_connect(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    ::close(fd);
    return ok;
}

} // namespace

NginxFront::NginxFront(const std::string& site_conf, const std::filesystem::path& dir,
                       int receiver_port)
    : port_(free_port()) {
    const std::string d = dir.string();
    const std::string openssl = "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -keyout " + d +
                                "/key.pem -out " + d +
                                "/cert.pem -subj /CN=127.0.0.1 >/dev/null 2>&1";
    if (std::system(openssl.c_str()) != 0)
        throw std::runtime_error("openssl could not make a certificate");
    std::ifstream in(site_conf);
    std::stringstream text;
    text << in.rdbuf();
    std::string site = text.str();
    const std::map<std::string, std::string> changes = {
        {"listen 443 ssl;", "listen 127.0.0.1:" + std::to_string(port_) + " ssl;"},
        {"listen [::]:443 ssl;", ""},
        {"/etc/letsencrypt/live/receiver.example.org/fullchain.pem", d + "/cert.pem"},
        {"/etc/letsencrypt/live/receiver.example.org/privkey.pem", d + "/key.pem"},
        {"server 127.0.0.1:8080;", "server 127.0.0.1:" + std::to_string(receiver_port) + ";"}};
    for (const auto& [from, to] : changes) {
        const auto at = site.find(from);
        if (at == std::string::npos)
            throw std::runtime_error(site_conf + " has no '" + from + "'");
        site.replace(at, from.size(), to);
    }
    std::ofstream(d + "/site.conf") << site;
    std::ofstream(d + "/nginx.conf")
        << (geteuid() == 0 ? "user root;\n" : "") << "worker_processes auto;\npid " << d
        << "/nginx.pid;\nerror_log " << d << "/error.log;\ndaemon off;\n"
        << "events { worker_connections 4096; }\nhttp {\n  access_log off;\n"
        << "  client_body_temp_path " << d << "/body;\n  proxy_temp_path " << d << "/proxy;\n"
        << "  fastcgi_temp_path " << d << "/fcgi;\n  uwsgi_temp_path " << d << "/uwsgi;\n"
        << "  scgi_temp_path " << d << "/scgi;\n  include " << d << "/site.conf;\n}\n";
    pid_ = fork();
    if (pid_ == 0) {
        execlp("nginx", "nginx", "-p", d.c_str(), "-c", (d + "/nginx.conf").c_str(),
               static_cast<char*>(nullptr));
        execl("/usr/sbin/nginx", "nginx", "-p", d.c_str(), "-c", (d + "/nginx.conf").c_str(),
              static_cast<char*>(nullptr));
        _exit(127);
    }
    for (int i = 0; i < 500 && !can_connect(port_); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (!can_connect(port_))
        throw std::runtime_error("nginx did not start (is the nginx package installed?)");
}

NginxFront::~NginxFront() {
    kill(pid_, SIGQUIT);
    int status = 0;
    waitpid(pid_, &status, 0);
}
