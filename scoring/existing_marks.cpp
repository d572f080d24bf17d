// IN PROGRESS (scoring helper replaces this file).
#include "existing_marks.hpp"

namespace stipple {
std::vector<Point> existing_marks(const Lesson&) { return {}; }
}  // namespace stipple
