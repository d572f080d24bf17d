// How the practice work reads the keyboard: the key commands (Enter finishes and Esc leaves, each asking
// first: sim/flow/work_dialog.hpp; Ctrl+Z or Backspace undoes, L loupe, G guides, F fits, F12 screenshot).
// Pure: the work screen performs them.
#pragma once

#include <SFML/Window/Event.hpp>

namespace stipple {

enum class WorkKey { None, Finish, Leave, Undo, Loupe, Guides, FitView, Screenshot };

// The command of one key press (None for any other key, and for Z without Ctrl).
WorkKey work_key(const sf::Event::KeyEvent& key);

}  // namespace stipple
