// kiosk_bundle: makes signing keys, and makes, signs and checks bundles (docs/bundles.md).
// Exit codes: 0 done, 1 failed, 2 wrong command line.
#include "command_line.hpp"
#include "commands.hpp"

#include <iostream>

int main(int argc, char** argv) {
    using namespace bundle_tool;
    try {
        const CommandLine line = parse_command_line({argv + 1, argv + argc});
        if (line.command == "help") {
            std::cout << usage_text();
            return 0;
        }
        if (line.command == "keygen")
            return run_keygen(line, std::cout, std::cerr);
        if (line.command == "make")
            return run_make(line, std::cout, std::cerr);
        return run_verify(line, std::cout, std::cerr);
    } catch (const UsageError& error) {
        std::cerr << "kiosk_bundle: " << error.what() << "\n";
        return 2;
    } catch (const std::exception& error) {
        std::cerr << "kiosk_bundle: " << error.what() << "\n";
        return 1;
    }
}
