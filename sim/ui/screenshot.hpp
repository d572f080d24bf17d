// F12: the window's current picture saved as a PNG in the screenshots folder, named by academy/user_data
// (new_screenshot_path: stipple-YYYYMMDD-HHMMSS.png, UTC, -2, -3 ... within one second).
#pragma once

#include <filesystem>

#include <SFML/Graphics/RenderWindow.hpp>

namespace stipple {

// Copies the window's back buffer (call after drawing, before display()) and writes it; creates `dir`.
// Returns the path written; throws std::runtime_error when it cannot.
std::filesystem::path save_screenshot(const sf::RenderWindow& window, const std::filesystem::path& dir);

}  // namespace stipple
