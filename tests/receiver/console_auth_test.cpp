// The console's sign-in pieces on their own: Argon2id password hashes, the users file,
// sessions that end when idle or old, CSRF tokens compared in constant time, and the lock-out
// after repeated failures (the receiver's AddressGuard, keyed by name and by address).
#include "address_guard.hpp"
#include "passwords.hpp"
#include "receiver_harness.hpp"
#include "roles.hpp"
#include "sessions.hpp"
#include "users_file.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <set>

using namespace console;
using receiver_test::TempDir;
using std::chrono::minutes;

TEST_CASE("console: a password is kept as an Argon2id hash that only it matches", "[console]") {
    CHECK_FALSE(password_problem("short").empty());
    CHECK(password_problem("correct horse battery").empty());
    const std::string hash = hash_password("correct horse battery");
    CHECK(hash.rfind("$argon2id$", 0) == 0);
    CHECK(hash.find("correct") == std::string::npos);
    CHECK(password_matches(hash, "correct horse battery"));
    CHECK_FALSE(password_matches(hash, "correct horse batterY"));
    CHECK_FALSE(password_matches(hash, ""));
    CHECK(hash_password("correct horse battery") != hash); // salted
    CHECK_FALSE(password_matches("$2y$10$notargon", "correct horse battery"));
    CHECK_FALSE(password_matches("", ""));
}

TEST_CASE("console: the users file is written mode 600 and read back, one name once", "[console]") {
    TempDir dir;
    const std::string path = dir.file("users.toml");
    CHECK(load_users(path).empty());
    save_user(path, {"anna", Role::Coordinator, hash_password("anna's long passphrase")});
    save_user(path, {"piet.de-vries", Role::Viewer, hash_password("piet's long passphrase")});
    save_user(path, {"anna", Role::PeerWork, hash_password("anna's new passphrase")});
    struct stat info {};
    REQUIRE(stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);

    const auto users = load_users(path);
    REQUIRE(users.size() == 2);
    const User* anna = find_user(users, "anna");
    REQUIRE(anna != nullptr);
    CHECK(anna->role == Role::PeerWork);
    CHECK(password_matches(anna->hash, "anna's new passphrase"));
    CHECK_FALSE(password_matches(anna->hash, "anna's long passphrase"));
    CHECK(find_user(users, "piet.de-vries")->role == Role::Viewer);
    CHECK(find_user(users, "nobody") == nullptr);

    CHECK_FALSE(is_user_name("Anna"));
    CHECK_FALSE(is_user_name(""));
    CHECK_FALSE(is_user_name(std::string(65, 'a')));
    receiver_test::write_text(path,
                              "[[user]]\nname = \"x\"\nrole = \"admin\"\nhash = \"$argon2id$\"\n");
    CHECK_THROWS_WITH(load_users(path), Catch::Contains(":1: role must be"));
    receiver_test::write_text(path,
                              "[[user]]\nname = \"x\"\nrole = \"viewer\"\nhash = \"plain\"\n");
    CHECK_THROWS_WITH(load_users(path), Catch::Contains("--add-user x"));
}

TEST_CASE("console: roles say who sees details and contacts", "[console]") {
    CHECK_FALSE(sees_details(Role::Viewer));
    CHECK(sees_details(Role::Coordinator));
    CHECK(sees_details(Role::PeerWork));
    CHECK_FALSE(sees_contacts(Role::Viewer));
    CHECK_FALSE(sees_contacts(Role::Coordinator));
    CHECK(sees_contacts(Role::PeerWork));
    for (const Role r : {Role::Viewer, Role::Coordinator, Role::PeerWork}) {
        CHECK(role_from_name(role_name(r)) == r);
    }
    CHECK_FALSE(role_from_name("admin"));
}

TEST_CASE("console: sessions end after 30 idle minutes, after 12 hours, and at sign-out",
          "[console]") {
    const Clock::time_point t0{};
    SessionTable table;
    const std::string token = table.open("anna", Role::Coordinator, t0);
    CHECK(token.size() == 43);
    const auto s = table.find(token, t0 + minutes(29));
    REQUIRE(s);
    CHECK(s->user == "anna");
    CHECK(s->csrf.size() == 43);
    CHECK(s->csrf != token);
    CHECK(table.find(token, t0 + minutes(58))); // 29 idle minutes again
    CHECK_FALSE(table.find(token, t0 + minutes(89)));
    CHECK_FALSE(table.find(token, t0 + minutes(58))); // gone for good

    // Active all day: still over after 12 hours.
    const std::string busy = table.open("piet", Role::Viewer, t0);
    Clock::time_point now = t0;
    for (int i = 0; i < 12 * 3 - 1; ++i) {
        now += minutes(20);
        REQUIRE(table.find(busy, now));
    }
    CHECK_FALSE(table.find(busy, now + minutes(21)));

    const std::string other = table.open("piet", Role::Viewer, t0);
    table.close(other);
    CHECK_FALSE(table.find(other, t0));
    CHECK_FALSE(table.find("", t0));
    CHECK_FALSE(table.find(other.substr(1), t0));
}

TEST_CASE("console: tokens are random and compared in constant time", "[console]") {
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        seen.insert(random_token());
    }
    CHECK(seen.size() == 200);
    const std::string a = random_token();
    CHECK(same_secret(a, a));
    CHECK_FALSE(same_secret(a, random_token()));
    CHECK_FALSE(same_secret(a, a.substr(0, 42)));
    CHECK_FALSE(same_secret("", ""));
}

TEST_CASE("console: five wrong passwords lock a name for 15 minutes", "[console]") {
    receiver::AddressGuard by_name({5, std::chrono::minutes(15), std::chrono::minutes(15)});
    const auto t0 = receiver::AddressGuard::Clock::time_point{};
    for (int i = 0; i < 4; ++i) {
        CHECK_FALSE(by_name.record_failure("anna", t0 + minutes(i)));
    }
    CHECK(by_name.paused_for("anna", t0 + minutes(4)) == 0);
    CHECK(by_name.record_failure("anna", t0 + minutes(4)));
    CHECK(by_name.paused_for("anna", t0 + minutes(5)) == 14 * 60);
    CHECK(by_name.paused_for("piet", t0 + minutes(5)) == 0);
    CHECK(by_name.paused_for("anna", t0 + minutes(19)) == 0);
}
