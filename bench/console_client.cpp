// Signing in, posting forms and timing requests with libcurl (console_client.hpp).
#include "console_client.hpp"

#include <chrono>

namespace {

size_t collect(char* data, size_t size, size_t count, void* out) {
    static_cast<std::string*>(out)->append(data, size * count);
    return size * count;
}

std::string form_value(CURL* curl, const std::string& value) {
    char* escaped = curl_easy_escape(curl, value.c_str(), static_cast<int>(value.size()));
    std::string text = escaped ? escaped : "";
    curl_free(escaped);
    return text;
}

} // namespace

ConsoleClient::ConsoleClient(std::string base_url)
    : base_(std::move(base_url)), curl_(curl_easy_init()) {
    curl_easy_setopt(curl_, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl_, CURLOPT_WRITEDATA, &body_);
    curl_easy_setopt(curl_, CURLOPT_COOKIEFILE, ""); // the cookie engine, in memory only
    curl_easy_setopt(curl_, CURLOPT_TIMEOUT, 60L);
    curl_easy_setopt(curl_, CURLOPT_FOLLOWLOCATION, 0L);
}

ConsoleClient::~ConsoleClient() {
    curl_easy_cleanup(curl_);
}

ConsoleClient::Answer ConsoleClient::get(const std::string& path_and_query) {
    curl_easy_setopt(curl_, CURLOPT_HTTPGET, 1L);
    curl_easy_setopt(curl_, CURLOPT_URL, (base_ + path_and_query).c_str());
    return perform();
}

ConsoleClient::Answer
ConsoleClient::post(const std::string& path,
                    const std::vector<std::pair<std::string, std::string>>& fields) {
    std::string body;
    for (const auto& [name, value] : fields) {
        body +=
            (body.empty() ? "" : "&") + form_value(curl_, name) + "=" + form_value(curl_, value);
    }
    curl_easy_setopt(curl_, CURLOPT_URL, (base_ + path).c_str());
    curl_easy_setopt(curl_, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    curl_easy_setopt(curl_, CURLOPT_COPYPOSTFIELDS, body.c_str());
    return perform();
}

ConsoleClient::Answer ConsoleClient::perform() {
    body_.clear();
    const auto start = std::chrono::steady_clock::now();
    const CURLcode code = curl_easy_perform(curl_);
    Answer answer;
    answer.ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (code == CURLE_OK) {
        curl_easy_getinfo(curl_, CURLINFO_RESPONSE_CODE, &answer.status);
    }
    answer.bytes = body_.size();
    answer.body = body_;
    return answer;
}

std::string ConsoleClient::field(const std::string& body, const std::string& name) {
    const std::string marker = "name=\"" + name + "\" value=\"";
    const auto at = body.find(marker);
    if (at == std::string::npos) {
        return "";
    }
    const auto from = at + marker.size();
    return body.substr(from, body.find('"', from) - from);
}

std::string ConsoleClient::sign_in(const std::string& name, const std::string& password) {
    const Answer form = get("/login");
    const std::string token = field(form.body, "login_token");
    if (form.status != 200 || token.empty()) {
        return "GET /login answered " + std::to_string(form.status) + " without a login_token";
    }
    const Answer done =
        post("/login", {{"login_token", token}, {"name", name}, {"password", password}});
    if (done.status != 303) {
        return "POST /login answered " + std::to_string(done.status) + " (303 expected)";
    }
    const Answer fleet = get("/fleet");
    if (fleet.status != 200) {
        return "after signing in, /fleet answered " + std::to_string(fleet.status);
    }
    return "";
}
