// The receiver test harness: child processes (fork/exec, killed if the test dies) and HTTP
// with libcurl. What goes into requests and comes out of answers: receiver_payloads.cpp.
#include "receiver_harness.hpp"

#include "test_database.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

extern char** environ;

namespace receiver_test {

namespace {

// libcurl wants one global init before any thread uses it.
struct CurlGlobal {
    CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
    ~CurlGlobal() { curl_global_cleanup(); }
};
const CurlGlobal curl_global;

constexpr auto kPoll = std::chrono::milliseconds(20);
constexpr int kStartTries = 750; // 15 s of 20 ms polls, for a slow sanitizer build

std::size_t collect_body(char* data, std::size_t size, std::size_t count, void* out) {
    static_cast<std::string*>(out)->append(data, size * count);
    return size * count;
}

std::size_t collect_header(char* data, std::size_t size, std::size_t count, void* out) {
    const std::string line(data, size * count);
    const auto colon = line.find(':');
    if (colon != std::string::npos) {
        std::string name = line.substr(0, colon);
        for (auto& c : name) {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        std::string value = line.substr(colon + 1);
        const auto first = value.find_first_not_of(" \t");
        const auto last = value.find_last_not_of(" \t\r\n");
        value = first == std::string::npos ? "" : value.substr(first, last - first + 1);
        (*static_cast<std::map<std::string, std::string>*>(out))[name] = value;
    }
    return size * count;
}

HttpResult perform(const std::string& method, const std::string& url, const std::string* body,
                   const std::vector<std::string>& headers, const std::string& ca_file) {
    HttpResult result;
    CURL* curl = curl_easy_init();
    REQUIRE(curl != nullptr);
    curl_slist* list = nullptr;
    for (const auto& h : headers) {
        list = curl_slist_append(list, h.c_str());
    }
    list = curl_slist_append(list, "Expect:"); // no 100-continue round trip
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &result.body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, collect_header);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &result.headers);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    if (!ca_file.empty()) {
        curl_easy_setopt(curl, CURLOPT_CAINFO, ca_file.c_str());
    }
    if (body) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body->data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body->size()));
    }
    const auto start = std::chrono::steady_clock::now();
    result.code = curl_easy_perform(curl);
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &result.status);
    curl_slist_free_all(list);
    curl_easy_cleanup(curl);
    return result;
}

// fork + exec rather than posix_spawn, so the child can ask to be killed when the test
// process dies (a crashed or aborted test must not leave a receiver running).
pid_t spawn(const std::string& program, const std::vector<std::string>& args,
            const std::string& out_path, const std::string& err_path) {
    std::vector<std::string> all{program};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    const pid_t parent = getpid();
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        // Only async-signal-safe calls until exec.
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent) {
            _exit(127);
        }
        const int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (out < 0 || err < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0) {
            _exit(127);
        }
        close(out);
        close(err);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, nullptr);
        execve(argv[0], argv.data(), environ);
        _exit(127);
    }
    return pid;
}

// Waits for pid to exit within timeout; its exit code, or -1 (still running / killed).
int wait_exit(pid_t pid, std::chrono::milliseconds timeout) {
    const auto until = std::chrono::steady_clock::now() + timeout;
    while (true) {
        int status = 0;
        const pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid) {
            return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        }
        if (std::chrono::steady_clock::now() >= until) {
            return -2;
        }
        std::this_thread::sleep_for(kPoll);
    }
}

} // namespace

TempDir::TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "receiver-test-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
}

TempDir::~TempDir() {
    drop_test_database(path_);
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void write_text(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    REQUIRE(out.flush());
}

std::string write_config(const TempDir& dir, const ConfigOptions& options) {
    std::ostringstream toml;
    toml << "listen = \"" << options.listen << "\"\n"
         << "database = \"" << (options.database.empty() ? test_database(dir) : options.database)
         << "\"\n"
         << "max_body_bytes = " << options.max_body_bytes << "\n";
    if (options.admin) {
        toml << "admin_token = \"" << kAdminToken << "\"\n";
    }
    if (options.interest_kept_days > 0) {
        toml << "interest_kept_days = " << options.interest_kept_days << "\n";
    }
    if (!options.bundles_dir.empty()) {
        toml << "bundles_dir = \"" << options.bundles_dir << "\"\n";
    }
    toml << "\n[[kiosk]]\nid = \"" << kKioskA << "\"\ntoken = \"" << kTokenA << "\"\n"
         << "\n[[kiosk]]\nid = \"" << kKioskB << "\"\ntoken = \"" << kTokenB << "\"\n";
    if (!options.tls_cert.empty()) {
        toml << "\n[tls]\ncert = \"" << options.tls_cert << "\"\nkey = \"" << options.tls_key
             << "\"\n";
    }
    const std::string path = dir.file("receiver.toml");
    write_text(path, toml.str());
    return path;
}

HttpResult Http::get(const std::string& path, const std::vector<std::string>& headers) const {
    return perform("GET", base_url + path, nullptr, headers, ca_file);
}

HttpResult Http::post(const std::string& path, const std::string& body,
                      const std::vector<std::string>& headers) const {
    return perform("POST", base_url + path, &body, headers, ca_file);
}

std::vector<std::string> upload_headers(const std::string& kiosk_id, const std::string& token) {
    return {"Content-Type: application/json", "Authorization: Bearer " + token,
            "X-Kiosk-Id: " + kiosk_id};
}

Receiver::Receiver(const TempDir& dir, const std::string& config_path,
                   const std::vector<std::string>& extra_args, const std::string& ca_file) {
    const std::string port_file = dir.file("port");
    std::filesystem::remove(port_file);
    log_path_ = dir.file("receiver.log");
    std::vector<std::string> args{"--config", config_path, "--port-file", port_file};
    args.insert(args.end(), extra_args.begin(), extra_args.end());
    pid_ = spawn(KIOSK_RECEIVER_BINARY, args, dir.file("receiver.out"), log_path_);

    auto give_up = [&](const std::string& why) {
        kill(pid_, SIGKILL);
        wait_exit(pid_, std::chrono::seconds(10));
        pid_ = -1;
        FAIL(why << "\nreceiver log:\n" << read_text(log_path_));
    };
    for (int i = 0; i < kStartTries && port_ == 0; ++i) {
        if (std::filesystem::exists(port_file)) {
            port_ = std::atoi(read_text(port_file).c_str());
            break;
        }
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            FAIL("the receiver exited at start-up\nreceiver log:\n" << read_text(log_path_));
        }
        std::this_thread::sleep_for(kPoll);
    }
    if (port_ <= 0) {
        give_up("the receiver wrote no port file");
    }
    http_.base_url =
        std::string(ca_file.empty() ? "http" : "https") + "://127.0.0.1:" + std::to_string(port_);
    http_.ca_file = ca_file;
    for (int i = 0; i < kStartTries; ++i) {
        if (http_.get("/health").status == 200) {
            return;
        }
        std::this_thread::sleep_for(kPoll);
    }
    give_up("GET /health never answered 200");
}

Receiver::~Receiver() {
    if (pid_ > 0) {
        kill(pid_, SIGKILL);
        wait_exit(pid_, std::chrono::seconds(10));
    }
}

int Receiver::stop() {
    if (pid_ <= 0) {
        return -1;
    }
    kill(pid_, SIGTERM);
    const int code = wait_exit(pid_, std::chrono::seconds(20));
    if (code == -2) {
        kill(pid_, SIGKILL);
        wait_exit(pid_, std::chrono::seconds(10));
    }
    pid_ = -1;
    return code;
}

std::string Receiver::log() const {
    return read_text(log_path_);
}

HttpResult Receiver::upload(const std::string& body) const {
    return http_.post("/v1/events", body, upload_headers(kKioskA, kTokenA));
}

int run_receiver_once(const TempDir& dir, const std::vector<std::string>& args, std::string& out,
                      std::string& err) {
    return run_program_once(dir, KIOSK_RECEIVER_BINARY, args, out, err);
}

int run_program_once(const TempDir& dir, const std::string& program,
                     const std::vector<std::string>& args, std::string& out, std::string& err) {
    const std::string out_path = dir.file("once.out");
    const std::string err_path = dir.file("once.err");
    const pid_t pid = spawn(program, args, out_path, err_path);
    int code = wait_exit(pid, std::chrono::seconds(30));
    if (code == -2) {
        kill(pid, SIGKILL);
        wait_exit(pid, std::chrono::seconds(10));
    }
    out = read_text(out_path);
    err = read_text(err_path);
    return code;
}

} // namespace receiver_test
