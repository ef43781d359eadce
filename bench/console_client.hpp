// The browser of console_year_bench: one libcurl handle with keep-alive and its own cookie
// jar, signing in through the console's form (GET /login for the console_login cookie and the
// hidden login_token, POST /login, keep console_session) and timing GET requests.
#pragma once

#include <curl/curl.h>

#include <string>

class ConsoleClient {
  public:
    explicit ConsoleClient(std::string base_url);
    ~ConsoleClient();
    ConsoleClient(const ConsoleClient&) = delete;
    ConsoleClient& operator=(const ConsoleClient&) = delete;

    struct Answer {
        long status = 0; // 0: no answer (curl failed)
        std::size_t bytes = 0;
        double ms = 0;
        std::string body;
    };
    Answer get(const std::string& path_and_query);

    // Signs in as a browser does; "" when signed in, else what went wrong.
    std::string sign_in(const std::string& name, const std::string& password);

  private:
    std::string base_;
    CURL* curl_;
    std::string body_;
};
