// The browser of console_year_bench: one libcurl handle with keep-alive and its own cookie
// jar, signing in through the console's form (GET /login for the console_login cookie and the
// hidden login_token, POST /login, keep console_session), timing GET requests and posting
// forms (publishing alerts, showing a contact).
#pragma once

#include <curl/curl.h>

#include <string>
#include <utility>
#include <vector>

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
    // A form POSTed as a browser does (application/x-www-form-urlencoded), timed like get;
    // a redirect is not followed (its status is the answer's).
    Answer post(const std::string& path,
                const std::vector<std::pair<std::string, std::string>>& fields);

    // The value of the first <input name="NAME" value="..."> in an HTML body ("" if none).
    static std::string field(const std::string& body, const std::string& name);

    // Signs in as a browser does; "" when signed in, else what went wrong.
    std::string sign_in(const std::string& name, const std::string& password);

  private:
    Answer perform();

    std::string base_;
    CURL* curl_;
    std::string body_;
};
