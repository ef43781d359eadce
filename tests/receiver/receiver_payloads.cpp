// The receiver test harness's payloads: event ids and JSON, batches, gzip with zlib, what an
// answer lists, CSV back into rows, and a self-signed certificate with OpenSSL.
#include "receiver_harness.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <zlib.h>

#include <cstdio>
#include <random>
#include <sstream>

namespace receiver_test {

std::string new_id() {
    static std::mt19937_64 random{std::random_device{}()};
    std::uniform_int_distribution<int> hex(0, 15);
    std::string id;
    for (int i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            id += '-';
        } else if (i == 14) {
            id += '4';
        } else if (i == 19) {
            id += "89ab"[hex(random) % 4];
        } else {
            id += "0123456789abcdef"[hex(random)];
        }
    }
    return id;
}

std::string event_json(const std::string& id, const std::string& type,
                       const std::string& occurred_at, const std::string& data) {
    return R"({"id":")" + id + R"(","type":")" + type + R"(","occurred_at":")" + occurred_at +
           R"(","schema":1,"data":)" + data + "}";
}

std::string batch_json(const std::vector<std::string>& events, const std::string& kiosk_id) {
    std::string text =
        R"({"kiosk_id":")" + kiosk_id + R"(","sent_at":"2026-11-20T10:05:00Z","events":[)";
    for (std::size_t i = 0; i < events.size(); ++i) {
        text += (i ? "," : "") + events[i];
    }
    return text + "]}";
}

std::string gzip(const std::string& text) {
    z_stream zs{};
    REQUIRE(deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) ==
            Z_OK);
    std::string out(deflateBound(&zs, static_cast<uLong>(text.size())) + 32, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
    zs.avail_in = static_cast<uInt>(text.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    REQUIRE(deflate(&zs, Z_FINISH) == Z_STREAM_END);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

std::vector<std::string> ids_in(const HttpResult& result, const std::string& list) {
    const auto json = nlohmann::json::parse(result.body);
    return json.at(list).get<std::vector<std::string>>();
}

std::map<std::string, std::string> rejected_in(const HttpResult& result) {
    std::map<std::string, std::string> out;
    const auto json = nlohmann::json::parse(result.body);
    for (const auto& item : json.at("rejected")) {
        out[item.at("id").get<std::string>()] = item.at("reason").get<std::string>();
    }
    return out;
}

void make_self_signed_cert(const std::string& cert_path, const std::string& key_path) {
    EVP_PKEY* key = EVP_EC_gen("P-256");
    REQUIRE(key != nullptr);
    X509* cert = X509_new();
    REQUIRE(cert != nullptr);
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600L * 24);
    X509_set_pubkey(cert, key);
    X509_NAME* name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("localhost"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION* san =
        X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost");
    REQUIRE(san != nullptr);
    X509_add_ext(cert, san, -1);
    X509_EXTENSION_free(san);
    X509_EXTENSION* ca = X509V3_EXT_conf_nid(nullptr, &ctx, NID_basic_constraints, "CA:TRUE");
    X509_add_ext(cert, ca, -1);
    X509_EXTENSION_free(ca);
    REQUIRE(X509_sign(cert, key, EVP_sha256()) > 0);

    FILE* cert_file = std::fopen(cert_path.c_str(), "w");
    REQUIRE(cert_file != nullptr);
    PEM_write_X509(cert_file, cert);
    std::fclose(cert_file);
    FILE* key_file = std::fopen(key_path.c_str(), "w");
    REQUIRE(key_file != nullptr);
    PEM_write_PrivateKey(key_file, key, nullptr, nullptr, 0, nullptr, nullptr);
    std::fclose(key_file);
    X509_free(cert);
    EVP_PKEY_free(key);
}

std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(field);
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row.push_back(field);
            field.clear();
            rows.push_back(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace receiver_test
