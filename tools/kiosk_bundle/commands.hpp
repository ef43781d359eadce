// The three commands of kiosk_bundle. Each returns the exit code: 0 done, 1 failed (the reason
// went to err), 2 wrong command line values.
#pragma once

#include "command_line.hpp"

#include <ostream>

namespace bundle_tool {

int run_keygen(const CommandLine& line, std::ostream& out, std::ostream& err);
int run_make(const CommandLine& line, std::ostream& out, std::ostream& err);
int run_verify(const CommandLine& line, std::ostream& out, std::ostream& err);

} // namespace bundle_tool
