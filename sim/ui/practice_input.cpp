// The practice work's key commands (see practice_input.hpp).
#include "sim/ui/practice_input.hpp"

namespace stipple {

WorkKey work_key(const sf::Event::KeyEvent& key) {
    switch (key.code) {
        case sf::Keyboard::Enter: return WorkKey::Finish;
        case sf::Keyboard::Escape: return WorkKey::Leave;
        case sf::Keyboard::Z: return key.control ? WorkKey::Undo : WorkKey::None;
        case sf::Keyboard::BackSpace: return WorkKey::Undo;
        case sf::Keyboard::L: return WorkKey::Loupe;
        case sf::Keyboard::G: return WorkKey::Guides;
        case sf::Keyboard::F: return WorkKey::FitView;
        case sf::Keyboard::F12: return WorkKey::Screenshot;
        default: return WorkKey::None;
    }
}

}  // namespace stipple
