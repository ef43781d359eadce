// What the console answers to each request, apart from the HTTP library (tested without a
// network): sign-in with the lock-out, sessions and CSRF checks, the language, the pages,
// and the security headers on every answer (docs/console.md, "Security").
#pragma once

#include "address_guard.hpp"
#include "alert_form.hpp"
#include "alert_publisher.hpp"
#include "console_state.hpp"
#include "event_store.hpp"
#include "group_types.hpp"
#include "reply.hpp"
#include "report_caches.hpp"
#include "sessions.hpp"
#include "texts.hpp"
#include "users_file.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace console {

struct WebRequest {
    std::string method;
    std::string path;
    std::string remote; // the client's address (lock-out per address)
    std::map<std::string, std::string> query;
    std::map<std::string, std::string> cookies;
    std::map<std::string, std::string> form; // a POST's fields
};

// An HTML page as the answer, with its status.
receiver::Reply html_reply(int status, std::string body);

// 303 See Other to `to` (after a form, so a reload does not send it again).
receiver::Reply see_other(const std::string& to);

// A CSV file to download (Content-Disposition: attachment).
receiver::Reply csv_download(const std::string& file_name, std::string body);

class ConsoleApp {
  public:
    // secure_cookies: the console is served over HTTPS (always, but on the loopback address).
    // state: the console's own store (reviewed marks, audit log); without one, the app keeps
    // an in-memory one, lost when it stops (tests).
    ConsoleApp(receiver::EventStore& store, std::vector<User> users, bool secure_cookies,
               ConsoleState* state = nullptr);

    receiver::Reply handle(const WebRequest& req, Clock::time_point now, std::int64_t now_unix);

    // The type of each group id ([group_types] in console.toml), for the Groups page.
    void set_group_types(GroupTypes types) { group_types_ = std::move(types); }
    // [alerts] in console.toml: publishing alerts to the kiosks. Without it the Alerts page
    // lists what was published and says publishing is off.
    void set_alert_publisher(std::shared_ptr<const AlertPublisher> publisher) {
        alerts_ = std::move(publisher);
    }

    // Reads the Reach and Groups pages' events into their caches (console_warm_up.cpp), so
    // that the first request need not.
    void warm_up(std::int64_t now_unix);

  private:
    receiver::Reply route(const WebRequest& req, Lang lang, Clock::time_point now,
                          std::int64_t now_unix, std::vector<std::string>& cookies);
    receiver::Reply login_page(Lang lang, const WebRequest& req, std::optional<Txt> message,
                               int status, std::vector<std::string>& cookies);
    receiver::Reply sign_in(const WebRequest& req, Lang lang, Clock::time_point now,
                            std::vector<std::string>& cookies);
    receiver::Reply fleet_page(const Session& s, Lang lang, std::int64_t now_unix);
    receiver::Reply reach_page(const WebRequest& req, const Session& s, Lang lang,
                               std::int64_t now_unix);
    // The Signals page, its CSV and "mark reviewed" (signals_routes.cpp).
    receiver::Reply signals_route(const WebRequest& req, const Session& s, Lang lang,
                                  std::int64_t now_unix);
    receiver::Reply review_signal(const WebRequest& req, const Session& s, Lang lang,
                                  std::int64_t now_unix);
    // /groups, or with csv /groups.csv (the table named by table=...); groups_route.cpp.
    receiver::Reply groups_page(const WebRequest& req, const Session& s, Lang lang,
                                std::int64_t now_unix, bool csv);
    // The Alerts page, POST /alerts/publish and POST /alerts/withdraw (alerts_route.cpp).
    receiver::Reply alerts_route(const WebRequest& req, const Session& s, Lang lang,
                                 std::int64_t now_unix);
    receiver::Reply publish_alert(const WebRequest& req, const Session& s, Lang lang,
                                  std::int64_t now_unix);
    receiver::Reply withdraw_alert(const WebRequest& req, const Session& s, Lang lang,
                                   std::int64_t now_unix);
    // The page with the form as given, and what a kiosk would refuse in it (or a message).
    receiver::Reply alerts_page(const Session& s, Lang lang, std::int64_t now_unix, int status,
                                AlertForm form, std::vector<std::string> problems,
                                std::string message);
    // The peer-work pages: /contacts (the list) and POST /contacts/show (one contact, audited);
    // contacts_route.cpp.
    receiver::Reply contacts_route(const WebRequest& req, const Session& s, Lang lang);
    // A page in the frame, for the signed-in coordinator.
    // query: the page's filters, which the language link keeps.
    receiver::Reply page(const Session& s, Lang lang, Txt title, const std::string& path,
                         const std::string& main_html, const std::string& query = "") const;
    // Every kiosk id that ever sent a report or statistics: the choices of "location".
    std::vector<std::string> known_kiosks();
    std::string cookie(const std::string& name, const std::string& value,
                       const std::string& rest) const;

    receiver::EventStore& store_;
    std::unique_ptr<ConsoleState> own_state_;
    ConsoleState* state_;
    std::vector<User> users_;
    bool secure_;
    SessionTable sessions_;
    receiver::AddressGuard by_name_;
    receiver::AddressGuard by_address_;
    GroupTypes group_types_;
    std::shared_ptr<const AlertPublisher> alerts_;
    GroupsCache groups_cache_; // the Groups, Reach and Signals pages' events between requests
    ReachCache reach_cache_;
    SignalsCache signals_cache_;
    std::string dummy_hash_; // checked for unknown names, so they take as long as known ones
};

} // namespace console
