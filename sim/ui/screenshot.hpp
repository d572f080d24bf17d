// F12: the window's current picture saved as a PNG in the data folder (stipple-YYYYMMDD-HHMMSS.png).
#pragma once

#include <filesystem>
#include <string>

#include <SFML/Graphics/RenderWindow.hpp>

namespace stipple {

// A free name in `dir`: stipple-<UTC stamp>.png, then -2, -3 ... (pure but for the clock and the folder).
std::filesystem::path screenshot_path(const std::filesystem::path& dir);
// Copies the window's back buffer (call after drawing, before display()) and writes it; creates `dir`.
// Returns the path written; throws std::runtime_error when it cannot.
std::filesystem::path save_screenshot(const sf::RenderWindow& window, const std::filesystem::path& dir);

}  // namespace stipple
