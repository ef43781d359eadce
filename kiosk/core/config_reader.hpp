// Reading typed values from the config file's TOML nodes, each bad value reported as a
// Problem naming the file, line, key and what is allowed. Used by config.cpp and
// device_config.cpp; not part of the public config interface.
#pragma once

#include "device_config.hpp"
#include "problem.hpp"
#include "speech_config.hpp"

#include <toml++/toml.h>

#include <string>
#include <vector>

namespace kiosk::config_detail {

struct Reader {
    const std::string& file;
    std::vector<Problem>& problems;

    int line(const toml::node& node) const { return static_cast<int>(node.source().begin.line); }

    void wrong(const toml::node& node, const std::string& key, const std::string& allowed) {
        problems.push_back({file, line(node), key, "must be " + allowed});
    }

    void read(const toml::node& node, const std::string& key, std::string& out) {
        if (const auto* v = node.as_string())
            out = v->get();
        else
            wrong(node, key, "text in double quotes");
    }
    void read(const toml::node& node, const std::string& key, int& out) {
        if (const auto* v = node.as_integer())
            out = static_cast<int>(v->get());
        else
            wrong(node, key, "a whole number");
    }
    void read(const toml::node& node, const std::string& key, bool& out) {
        if (const auto* v = node.as_boolean())
            out = v->get();
        else
            wrong(node, key, "true or false");
    }
    void read(const toml::node& node, const std::string& key, std::vector<std::string>& out) {
        const auto* array = node.as_array();
        if (!array) {
            wrong(node, key, "a list of text, e.g. [\"nl\", \"en\"]");
            return;
        }
        out.clear();
        for (const auto& item : *array) {
            if (const auto* v = item.as_string())
                out.push_back(v->get());
            else
                wrong(item, key, "a list of text, e.g. [\"nl\", \"en\"]");
        }
    }
};

// The keys of a [screen] or a [device] table (device_config.cpp).
void read_screen_table(Reader& reader, const toml::table& table, ScreenConfig& screen);
void read_device_table(Reader& reader, const toml::table& table, DeviceConfig& device);
// The keys of a [speech] table (speech_config.cpp).
void read_speech_table(Reader& reader, const toml::table& table, SpeechConfig& speech);

} // namespace kiosk::config_detail
