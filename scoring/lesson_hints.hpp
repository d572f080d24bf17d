// A one-sentence hint for each error in a lesson or curriculum file, telling an instructor how to fix it.
// The hint is chosen by the error's code and the place it names (never by the wording of its message).
#pragma once

#include <string>

#include "input_error.hpp"

namespace stipple {

// For an error from lesson_from_json / load_lesson.
std::string hint_for_error(const InputError& error);
// For an error in a curriculum file (stipple-curriculum/1) itself.
std::string hint_for_curriculum_error(const InputError& error);

}  // namespace stipple
