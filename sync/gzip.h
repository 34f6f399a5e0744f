#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cruscotto::sync {

// gzip (RFC 1952) bodies for Content-Encoding: gzip, through zlib.
class Gzip
{
public:
    // Level 1 (fast) .. 9 (small); 6 is zlib's balance.
    static std::string compress(std::string_view data, int level = 6);
    // nullopt when the data is not a complete, valid gzip stream or would
    // inflate beyond `maxSize` bytes.
    static std::optional<std::string> decompress(std::string_view data, std::size_t maxSize = std::size_t(1) << 30);
};

} // namespace cruscotto::sync
