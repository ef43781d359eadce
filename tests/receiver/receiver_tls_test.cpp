// HTTPS when the config has [tls], and exit codes for bad configs and TLS files.
#include "receiver_harness.hpp"

#include <catch2/catch.hpp>

using namespace receiver_test;

TEST_CASE("with tls cert and key in the config the receiver speaks HTTPS only") {
    TempDir dir;
    ConfigOptions options;
    options.tls_cert = dir.file("cert.pem");
    options.tls_key = dir.file("key.pem");
    make_self_signed_cert(options.tls_cert, options.tls_key);
    Receiver receiver(dir, write_config(dir, options), {}, options.tls_cert);
    CHECK_THAT(receiver.http().base_url, Catch::StartsWith("https://"));
    const std::string id = new_id();
    const HttpResult r = receiver.upload(batch_json({event_json(id)}));
    REQUIRE(r.status == 200);
    CHECK(ids_in(r, "accepted") == std::vector<std::string>{id});

    Http plain{"http://127.0.0.1:" + std::to_string(receiver.port()), ""};
    CHECK(plain.get("/health").status != 200);
    // Without trusting the certificate the client refuses.
    Http untrusting{receiver.http().base_url, dir.file("missing-ca.pem")};
    CHECK_FALSE(untrusting.get("/health").ok());
    CHECK(receiver.stop() == 0);
}

TEST_CASE("unreadable TLS files: exit code 1 with a message") {
    TempDir dir;
    ConfigOptions options;
    options.tls_cert = "no-such-cert.pem";
    options.tls_key = "no-such-key.pem";
    std::string out;
    std::string err;
    CHECK(run_receiver_once(dir, {"--config", write_config(dir, options)}, out, err) == 1);
    CHECK_THAT(err, Catch::Contains("TLS certificate"));
}

TEST_CASE("a bad config or command line: exit code 2 naming the problem") {
    TempDir dir;
    const std::string path = dir.file("bad.toml");
    write_text(path, "listen = \"nowhere\"\nmax_body_bytes = 10\ncolour = \"red\"\n"
                     "[[kiosk]]\nid = \"Centre A\"\ntoken = \"short\"\n");
    std::string out;
    std::string err;
    CHECK(run_receiver_once(dir, {"--config", path}, out, err) == 2);
    CHECK_THAT(err, Catch::Contains("bad.toml:1: listen"));
    CHECK_THAT(err, Catch::Contains("bad.toml:2: max_body_bytes"));
    CHECK_THAT(err, Catch::Contains("bad.toml:3: colour: unknown key"));
    CHECK_THAT(err, Catch::Contains("kiosk.id"));
    CHECK_THAT(err, Catch::Contains("kiosk.token"));

    CHECK(run_receiver_once(
              dir, {"--config", write_config(dir), "--fail-share", "0.8", "--close-share", "0.5"},
              out, err) == 2);
    CHECK_THAT(err, Catch::Contains("more than 1"));
    CHECK(run_receiver_once(dir, {"--bogus"}, out, err) == 2);
}
