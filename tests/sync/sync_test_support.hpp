// Test support for the kiosk's uploads against the real receiver: a kiosk database with
// recorded events, an UploadService pointed at a receiver, pumping it until the outbox is
// empty (no sleeps: each step waits for the uploader's next finished attempt), and reading
// what the receiver stored.
#pragma once

#include "receiver_harness.hpp"
#include "store/database.hpp"
#include "sync/upload_service.hpp"

#include <set>
#include <string>
#include <vector>

namespace sync_test {

// Records `count` events in <dir>/kiosk-data/kiosk.db (opened the way the app opens it);
// returns their ids.
std::vector<std::string>
record_events(const std::string& data_dir, int count,
              kiosk::store::EventKind type = kiosk::store::EventKind::SignupCreated);

// Every event id in the kiosk database, whatever its state.
std::set<std::string> kiosk_ids(const std::string& data_dir);
// Event ids in one outbox state.
std::set<std::string> kiosk_ids_in(const std::string& data_dir, const std::string& state);
// Every event id the receiver stored, and how many rows it has (a duplicate would show as
// rows != ids.size(), were the key not unique).
std::set<std::string> receiver_ids(const receiver_test::TempDir& receiver_dir);
std::int64_t receiver_rows(const receiver_test::TempDir& receiver_dir);

kiosk::sync::ServiceOptions service_options(const std::string& data_dir,
                                            const std::string& base_url,
                                            const std::string& token = receiver_test::kTokenA);

// Presses "send now" and waits for that attempt, again and again, until nothing is waiting
// or max_attempts is reached. Returns the attempts made.
int pump_until_empty(kiosk::sync::UploadService& service, int max_attempts);

// A TCP port on 127.0.0.1 that was free a moment ago (nothing listens there now).
int unused_port();

// "sha256//<base64>" of the certificate's public key, as curl's pinning wants it.
std::string public_key_pin(const std::string& cert_path);

} // namespace sync_test
