// Inflating a gzip request body without ever holding more than a limit: a small body that
// unpacks to gigabytes stops at the limit (a "zip bomb" costs the limit, not the gigabytes).
#pragma once

#include <cstddef>
#include <string>

namespace receiver {

enum class InflateResult { Ok, TooBig, Broken };

// Unpacks the gzip data `packed` into `out`, at most `limit` bytes.
InflateResult inflate_gzip(const std::string& packed, std::size_t limit, std::string& out);

} // namespace receiver
