// rtnetlink listener: RTM_NEWLINK with the link running, RTM_NEWADDR.
#include "network_watch.hpp"

#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace kiosk::platform {

namespace {

// True when the netlink messages in buffer say a network may have become usable.
bool network_came_up(const char* buffer, std::size_t length) {
    bool up = false;
    for (auto* header = reinterpret_cast<const nlmsghdr*>(buffer);
         NLMSG_OK(header, static_cast<unsigned>(length)); header = NLMSG_NEXT(header, length)) {
        if (header->nlmsg_type == RTM_NEWADDR) {
            up = true;
        } else if (header->nlmsg_type == RTM_NEWLINK) {
            const auto* info = static_cast<const ifinfomsg*>(NLMSG_DATA(header));
            up = up || ((info->ifi_flags & IFF_RUNNING) != 0 && (info->ifi_flags & IFF_UP) != 0);
        }
    }
    return up;
}

} // namespace

NetworkWatch::NetworkWatch(std::function<void()> on_change) : on_change_(std::move(on_change)) {
    netlink_ = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
    stop_ = eventfd(0, EFD_CLOEXEC);
    sockaddr_nl address{};
    address.nl_family = AF_NETLINK;
    address.nl_groups = RTMGRP_LINK | RTMGRP_IPV4_IFADDR | RTMGRP_IPV6_IFADDR;
    if (netlink_ < 0 || stop_ < 0 ||
        bind(netlink_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        problem_ = std::string("cannot watch the network (netlink): ") + std::strerror(errno);
        return;
    }
    thread_ = std::thread([this] { run(); });
}

NetworkWatch::~NetworkWatch() {
    if (thread_.joinable()) {
        const std::uint64_t one = 1;
        [[maybe_unused]] const auto written = write(stop_, &one, sizeof one);
        thread_.join();
    }
    if (netlink_ >= 0)
        close(netlink_);
    if (stop_ >= 0)
        close(stop_);
}

void NetworkWatch::run() {
    alignas(nlmsghdr) char buffer[8192];
    pollfd fds[2] = {{netlink_, POLLIN, 0}, {stop_, POLLIN, 0}};
    for (;;) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        if (fds[1].revents != 0)
            return;
        const ssize_t got = recv(netlink_, buffer, sizeof buffer, 0);
        if (got < 0) {
            if (errno == EINTR || errno == ENOBUFS)
                continue; // ENOBUFS: messages were dropped; the next ones still count
            return;
        }
        if (network_came_up(buffer, static_cast<std::size_t>(got)))
            on_change_();
    }
}

} // namespace kiosk::platform
