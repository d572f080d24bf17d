// The scalp picture cache (see scalp_cache.hpp).
#include "sim/flow/scalp_cache.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <vector>

#include "academy/lesson_hash.hpp"
#include "academy/sha256.hpp"
#include "scoring/atomic_file.hpp"
#include "scoring/small_math.hpp"

namespace stipple {

namespace fs = std::filesystem;

namespace {

constexpr char kMagic[] = "STIPPLE-SCALP-1\n";
constexpr std::size_t kMagicLen = sizeof kMagic - 1;
constexpr std::size_t kKeyLen = 64;
constexpr std::size_t kHeaderLen = kMagicLen + kKeyLen + 8;
constexpr std::uint32_t kMaxSide = 16384;

void put_u32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}
void put_u64(std::string& out, std::uint64_t v) {
    for (int i = 0; i < 8; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}
std::uint64_t get_u64(const std::string& in, std::size_t at) {
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= std::uint64_t(static_cast<unsigned char>(in[at + i])) << (8 * i);
    return v;
}
std::uint32_t get_u32(const std::string& in, std::size_t at) {
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= std::uint32_t(static_cast<unsigned char>(in[at + i])) << (8 * i);
    return v;
}

// splitmix64 chained over 8-byte words (the tail zero-padded).
std::uint64_t checksum(const char* data, std::size_t n) {
    std::uint64_t h = splitmix64(n);
    for (std::size_t i = 0; i < n; i += 8) {
        std::uint64_t word = 0;
        const std::size_t take = std::min<std::size_t>(8, n - i);
        std::memcpy(&word, data + i, take);
        h = splitmix64(h ^ word);
    }
    return h;
}

}  // namespace

std::string scalp_picture_key(const Lesson& lesson, const ScalpPicture& picture) {
    char numbers[160];
    std::snprintf(numbers, sizeof numbers, "|%.17g|%.17g|%.17g|%.17g|%.17g", picture.region_mm.min.x,
                  picture.region_mm.min.y, picture.region_mm.max.x, picture.region_mm.max.y, picture.px_per_mm);
    return sha256_hex(std::string("stipple-scalp-picture|renderer ") + std::to_string(kScalpRendererVersion) + "|" +
                      lesson_content_hash(lesson) + numbers);
}

fs::path scalp_picture_path(const fs::path& folder, const std::string& key) { return folder / (key + ".scalp"); }

std::optional<sf::Image> load_scalp_picture(const fs::path& file, const std::string& key) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (data.size() < kHeaderLen + 8 || data.compare(0, kMagicLen, kMagic) != 0 || key.size() != kKeyLen ||
        data.compare(kMagicLen, kKeyLen, key) != 0)
        return std::nullopt;
    const std::uint32_t w = get_u32(data, kMagicLen + kKeyLen), h = get_u32(data, kMagicLen + kKeyLen + 4);
    if (w == 0 || h == 0 || w > kMaxSide || h > kMaxSide) return std::nullopt;
    const std::size_t body = std::size_t(w) * h * 3;
    if (data.size() != kHeaderLen + body + 8) return std::nullopt;
    if (get_u64(data, kHeaderLen + body) != checksum(data.data(), kHeaderLen + body)) return std::nullopt;
    std::vector<sf::Uint8> rgba(std::size_t(w) * h * 4);
    const auto* rgb = reinterpret_cast<const unsigned char*>(data.data() + kHeaderLen);
    for (std::size_t i = 0, n = std::size_t(w) * h; i < n; ++i) {
        rgba[4 * i] = rgb[3 * i];
        rgba[4 * i + 1] = rgb[3 * i + 1];
        rgba[4 * i + 2] = rgb[3 * i + 2];
        rgba[4 * i + 3] = 255;
    }
    sf::Image image;
    image.create(w, h, rgba.data());
    return image;
}

void save_scalp_picture(const fs::path& file, const std::string& key, const sf::Image& image) {
    if (key.size() != kKeyLen) throw std::runtime_error("scalp cache: a key is 64 hex digits");
    const unsigned w = image.getSize().x, h = image.getSize().y;
    std::string data;
    data.reserve(kHeaderLen + std::size_t(w) * h * 3 + 8);
    data.append(kMagic, kMagicLen);
    data += key;
    put_u32(data, w);
    put_u32(data, h);
    const sf::Uint8* px = image.getPixelsPtr();
    for (std::size_t i = 0, n = std::size_t(w) * h; i < n; ++i) data.append(reinterpret_cast<const char*>(px + 4 * i), 3);
    put_u64(data, checksum(data.data(), data.size()));
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    write_file_atomically(file.string(), data);
}

sf::Image cached_scalp_picture(const Lesson& lesson, const VirtualScalp& scalp, const ScalpPicture& picture,
                               const fs::path& folder, unsigned threads, std::string* note) {
    if (folder.empty()) return bake_scalp_picture(lesson, scalp, picture, threads);
    const std::string key = scalp_picture_key(lesson, picture);
    const fs::path file = scalp_picture_path(folder, key);
    if (std::optional<sf::Image> cached = load_scalp_picture(file, key)) return *cached;
    sf::Image image = bake_scalp_picture(lesson, scalp, picture, threads);
    try {
        save_scalp_picture(file, key, image);
    } catch (const std::exception& e) {
        if (note) *note = std::string("could not keep the scalp picture: ") + e.what();
    }
    return image;
}

}  // namespace stipple
