// A browser of one for the console's in-process tests: sends requests to a ConsoleApp and
// keeps the cookies it sets, signs in through the real sign-in form, finds the CSRF token.
#pragma once

#include "console_app.hpp"

#include "common/rfc3339.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <string>

namespace console_test {

using console::Clock;
using console::ConsoleApp;
using receiver::Reply;

// The console's clock in these tests: 2026-12-04 12:00 UTC.
inline const std::int64_t kNow = *kiosk::parse_utc("2026-12-04T12:00:00Z");

inline std::string header(const Reply& r, const std::string& name) {
    for (const auto& [n, v] : r.headers) {
        if (n == name) {
            return v;
        }
    }
    return "";
}

// A browser of one: keeps the cookies the console sets, as a browser does.
struct Visitor {
    explicit Visitor(ConsoleApp& a) : app(a) {}
    ConsoleApp& app;
    Clock::time_point now{};
    std::string remote = "10.0.0.7";
    std::map<std::string, std::string> cookies;

    Reply send(const std::string& method, const std::string& path,
               std::map<std::string, std::string> form = {},
               std::map<std::string, std::string> query = {}) {
        const Reply r = app.handle({method, path, remote, query, cookies, form}, now, kNow);
        for (const auto& [name, value] : r.headers) {
            if (name == "Set-Cookie") {
                const auto eq = value.find('=');
                const std::string v = value.substr(eq + 1, value.find(';') - eq - 1);
                if (value.find("Max-Age=0") != std::string::npos) {
                    cookies.erase(value.substr(0, eq));
                } else {
                    cookies[value.substr(0, eq)] = v;
                }
            }
        }
        return r;
    }
    std::string login_token() {
        const Reply form = send("GET", "/login");
        const auto at = form.body.find("name=\"login_token\" value=\"");
        REQUIRE(at != std::string::npos);
        return form.body.substr(at + 26, 43);
    }
    Reply sign_in(const std::string& name, const std::string& password) {
        return send("POST", "/login",
                    {{"login_token", login_token()}, {"name", name}, {"password", password}});
    }
    std::string csrf() {
        const Reply page = send("GET", "/fleet");
        const auto at = page.body.find("name=\"csrf\" value=\"");
        REQUIRE(at != std::string::npos);
        return page.body.substr(at + 19, 43);
    }
};

} // namespace console_test
