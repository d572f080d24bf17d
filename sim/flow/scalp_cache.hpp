// Baked scalp pictures kept between runs: one file per picture in the scalp cache folder
// (academy/user_data's scalp_cache_dir), named by a hash of the renderer's version, the lesson's content hash
// and the picture's region and resolution, so an edited lesson or a changed renderer never finds an old
// picture. A missing, short, damaged or foreign file is ignored and baked again; writes are atomic.
// File: "STIPPLE-SCALP-1\n", the key (64 hex digits), width and height (uint32 little-endian), the RGB bytes
// row by row, and a checksum of all of it (splitmix64 chain, uint64 little-endian).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include <SFML/Graphics/Image.hpp>

#include "scoring/lesson.hpp"
#include "sim/model/scalp_bake.hpp"

namespace stipple {

// The picture's key: SHA-256 (hex) of the renderer version, lesson_content_hash and the picture's numbers.
std::string scalp_picture_key(const Lesson& lesson, const ScalpPicture& picture);
// FOLDER/<key>.scalp
std::filesystem::path scalp_picture_path(const std::filesystem::path& folder, const std::string& key);

// The picture stored under `key` in `file`, or nullopt when there is none or it is not sound.
std::optional<sf::Image> load_scalp_picture(const std::filesystem::path& file, const std::string& key);
// Writes atomically (creating the folder); std::runtime_error when it cannot.
void save_scalp_picture(const std::filesystem::path& file, const std::string& key, const sf::Image& image);

// The picture from `folder` when it holds a sound one, else baked (on `threads` threads) and stored there (a
// failed write costs only the next run's time: `note` gets why). An empty folder means no cache.
sf::Image cached_scalp_picture(const Lesson& lesson, const VirtualScalp& scalp, const ScalpPicture& picture,
                               const std::filesystem::path& folder, unsigned threads, std::string* note = nullptr);

}  // namespace stipple
