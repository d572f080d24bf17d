// Screenshots: the window's back buffer copied into a texture and written as a PNG.
#include "sim/ui/screenshot.hpp"

#include <ctime>
#include <stdexcept>

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/Texture.hpp>

namespace stipple {

std::filesystem::path screenshot_path(const std::filesystem::path& dir) {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    const std::string base = std::string("stipple-") + stamp;
    std::filesystem::path p = dir / (base + ".png");
    for (int n = 2; std::filesystem::exists(p); ++n) p = dir / (base + "-" + std::to_string(n) + ".png");
    return p;
}

std::filesystem::path save_screenshot(const sf::RenderWindow& window, const std::filesystem::path& dir) {
    std::filesystem::create_directories(dir);
    sf::Texture texture;
    if (!texture.create(window.getSize().x, window.getSize().y))
        throw std::runtime_error("cannot capture the window for a screenshot");
    texture.update(window);
    const sf::Image image = texture.copyToImage();
    const std::filesystem::path path = screenshot_path(dir);
    // Write next to the final name, then rename, so a half-written PNG is never left behind.
    const std::filesystem::path tmp = path.string() + ".tmp.png";
    if (!image.saveToFile(tmp.string())) throw std::runtime_error("cannot write screenshot " + path.string());
    std::filesystem::rename(tmp, path);
    return path;
}

}  // namespace stipple
