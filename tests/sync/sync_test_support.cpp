// Kiosk-side helpers for the upload tests: recording events, reading both databases,
// driving the uploader attempt by attempt.
#include "sync_test_support.hpp"

#include "common/rfc3339.hpp"
#include "store/open_store.hpp"
#include "store/outbox.hpp"

#include <arpa/inet.h>
#include <catch2/catch.hpp>
#include <netinet/in.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/sha.h>
#include <openssl/x509.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>

namespace sync_test {

using kiosk::store::Database;
using kiosk::store::Statement;

std::vector<std::string> record_events(const std::string& data_dir, int count,
                                       kiosk::store::EventKind type) {
    auto opened = kiosk::store::open_store(data_dir, kiosk::utc_now());
    std::vector<std::string> ids;
    for (int i = 0; i < count; ++i) {
        kiosk::store::Transaction transaction(opened.db);
        ids.push_back(kiosk::store::append_event(
            opened.db, type,
            R"({"session_id":"experience/2026-11-24T14:00","code":"KXT-482","n":)" +
                std::to_string(i) + "}",
            kiosk::utc_now()));
        transaction.commit();
    }
    return ids;
}

namespace {

std::set<std::string> ids_from(Database& db, const std::string& sql) {
    std::set<std::string> ids;
    Statement query = db.prepare(sql);
    while (query.step())
        ids.insert(query.column_text(0));
    return ids;
}

} // namespace

std::set<std::string> kiosk_ids(const std::string& data_dir) {
    Database db = Database::open(data_dir + "/kiosk.db", Database::Mode::ReadOnly);
    return ids_from(db, "SELECT id FROM events");
}

std::set<std::string> kiosk_ids_in(const std::string& data_dir, const std::string& state) {
    Database db = Database::open(data_dir + "/kiosk.db", Database::Mode::ReadOnly);
    return ids_from(db, "SELECT id FROM events WHERE state = '" + state + "'");
}

std::set<std::string> receiver_ids(const receiver_test::TempDir& receiver_dir) {
    Database db = Database::open(receiver_dir.file("receiver.db"), Database::Mode::ReadOnly);
    return ids_from(db, "SELECT id FROM events");
}

std::int64_t receiver_rows(const receiver_test::TempDir& receiver_dir) {
    Database db = Database::open(receiver_dir.file("receiver.db"), Database::Mode::ReadOnly);
    Statement query = db.prepare("SELECT COUNT(*) FROM events");
    query.step();
    return query.column_int64(0);
}

kiosk::sync::ServiceOptions service_options(const std::string& data_dir,
                                            const std::string& base_url, const std::string& token) {
    kiosk::sync::ServiceOptions options;
    options.db_path = data_dir + "/kiosk.db";
    options.upload.base_url = base_url;
    options.upload.token = token;
    options.upload.kiosk_id = receiver_test::kKioskA;
    options.upload.batch_size = 50;
    options.transport.connect_timeout_s = 5;
    options.transport.total_timeout_s = 10;
    return options;
}

int pump_until_empty(kiosk::sync::UploadService& service, int max_attempts) {
    int attempts = 0;
    std::uint64_t done = service.wait_for_attempts(0, std::chrono::milliseconds(0));
    while (attempts < max_attempts) {
        const auto status = service.status();
        if (attempts > 0 && status.waiting == 0)
            break;
        service.send_now();
        const std::uint64_t now_done =
            service.wait_for_attempts(done + 1, std::chrono::seconds(30));
        REQUIRE(now_done > done); // the uploader must finish every attempt in time
        done = now_done;
        ++attempts;
    }
    // A "send now" given while an attempt was already running is followed by one more
    // attempt: wait for it too, so the caller looks at a quiet kiosk.
    REQUIRE(service.wait_until_idle(std::chrono::seconds(30)));
    return attempts;
}

int unused_port() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    socklen_t length = sizeof address;
    REQUIRE(getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0);
    close(fd);
    return ntohs(address.sin_port);
}

std::string public_key_pin(const std::string& cert_path) {
    FILE* file = std::fopen(cert_path.c_str(), "r");
    REQUIRE(file != nullptr);
    X509* cert = PEM_read_X509(file, nullptr, nullptr, nullptr);
    std::fclose(file);
    REQUIRE(cert != nullptr);
    EVP_PKEY* key = X509_get_pubkey(cert);
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(key, &der);
    REQUIRE(length > 0);
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(der, static_cast<std::size_t>(length), digest);
    unsigned char text[64] = {0};
    EVP_EncodeBlock(text, digest, SHA256_DIGEST_LENGTH);
    OPENSSL_free(der);
    EVP_PKEY_free(key);
    X509_free(cert);
    return "sha256//" + std::string(reinterpret_cast<char*>(text));
}

} // namespace sync_test
