// The console's side of the alert channel (docs/alerts.md, "From the console"): it checks a
// set of alerts with the kiosk's own loader, exactly as every kiosk will, and publishes them
// as an alert-only bundle (alerts.toml alone) signed with the console's alert key, written to
// <bundles_dir>/alerts/all.bundle by rename, so the receiver never serves half a file.
#pragma once

#include "sync/bundle_crypto.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace console {

// What [alerts] in console.toml names: the key file and the receiver's bundles_dir.
struct AlertChannelFiles {
    std::string key_file;    // from kiosk_bundle keygen; its public half is every kiosk's
                             // alert_public_key
    std::string bundles_dir; // the receiver's bundles_dir: the console writes alerts/all.bundle
};

// The alerts.toml made of these [[alert]] blocks, in order.
std::string alerts_file_text(const std::vector<std::string>& blocks);

// Every problem a kiosk would find in that alerts.toml, each as "line N: field: what"
// (lines of the whole file); empty when every kiosk would show the alerts. Checked in every
// language the kiosk knows, with the numbers of each translation held to the English.
std::vector<std::string> alerts_problems(const std::vector<std::string>& blocks);

class AlertPublisher {
  public:
    // Reads the key file. Throws std::runtime_error naming the file and what is wrong.
    explicit AlertPublisher(const AlertChannelFiles& files);

    // Signs alerts.toml of the blocks as bundle `version` for every kiosk and puts it in
    // place (write, fsync, rename, fsync the folder). Throws std::runtime_error.
    void publish(const std::vector<std::string>& blocks, std::int64_t version,
                 const std::string& created_at) const;

    std::string public_key_base64() const;
    // <bundles_dir>/alerts/all.bundle
    std::string bundle_path() const;

  private:
    kiosk::sync::KeyPair keys_;
    std::string bundles_dir_;
};

} // namespace console
