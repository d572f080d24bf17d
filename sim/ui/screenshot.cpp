// Screenshots: the window's back buffer copied into a texture and written as a PNG.
#include "sim/ui/screenshot.hpp"

#include <stdexcept>

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/Texture.hpp>

#include "academy/user_data.hpp"

namespace stipple {

std::filesystem::path save_screenshot(const sf::RenderWindow& window, const std::filesystem::path& dir) {
    create_private_folder(dir);
    sf::Texture texture;
    if (!texture.create(window.getSize().x, window.getSize().y))
        throw std::runtime_error("cannot capture the window for a screenshot");
    texture.update(window);
    const sf::Image image = texture.copyToImage();
    const std::filesystem::path path = new_screenshot_path(dir, now_iso8601_utc());
    // Write next to the final name, then rename, so a half-written PNG is never left behind.
    const std::filesystem::path tmp = path.string() + ".tmp.png";
    if (!image.saveToFile(tmp.string())) throw std::runtime_error("cannot write screenshot " + path.string());
    std::filesystem::permissions(tmp, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);  // 0600
    std::filesystem::rename(tmp, path);
    return path;
}

}  // namespace stipple
