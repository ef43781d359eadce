// What a piece of code writes to file descriptor 2 (stderr, where the kiosk's journal lines
// and libraries' own messages go), for tests that check what reaches the log.
#pragma once

#include <cstdio>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace kiosk::test {

template <typename Run> std::string stderr_of(Run run) {
    std::fflush(stderr);
    std::FILE* capture = std::tmpfile();
    if (!capture)
        throw std::runtime_error("stderr_of: no temporary file");
    const int saved = dup(2);
    dup2(fileno(capture), 2);
    run();
    std::fflush(stderr);
    dup2(saved, 2);
    close(saved);
    std::rewind(capture);
    std::string text;
    char buf[512];
    while (std::fgets(buf, sizeof buf, capture))
        text += buf;
    std::fclose(capture);
    return text;
}

} // namespace kiosk::test
