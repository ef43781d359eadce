// The fault picker's random stream (splitmix64, fully specified, so tests can replay it).
#include "faults.hpp"

namespace receiver {

const char* fault_name(Fault fault) {
    switch (fault) {
    case Fault::None:
        return "none";
    case Fault::Fail:
        return "fail";
    case Fault::Throttle:
        return "throttle";
    case Fault::Html:
        return "html";
    case Fault::Close:
        return "close";
    }
    return "?";
}

Fault FaultPicker::next() {
    std::uint64_t z;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        state_ += 0x9e3779b97f4a7c15ULL;
        z = state_;
    }
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    const double u = static_cast<double>(z >> 11) * 0x1.0p-53;
    double edge = options_.fail_share;
    if (u < edge) {
        return Fault::Fail;
    }
    edge += options_.throttle_share;
    if (u < edge) {
        return Fault::Throttle;
    }
    edge += options_.html_share;
    if (u < edge) {
        return Fault::Html;
    }
    edge += options_.close_share;
    if (u < edge) {
        return Fault::Close;
    }
    return Fault::None;
}

std::string captive_portal_html() {
    return "<!DOCTYPE html>\n<html><head><title>Welcome to Free WiFi</title></head>\n"
           "<body><h1>Welcome!</h1><p>Please accept the terms of use to continue.</p>\n"
           "<form method=\"post\" action=\"/login\"><button>Accept and connect</button></form>"
           "</body></html>\n";
}

} // namespace receiver
