// IN PROGRESS (scoring helper replaces this file).
#include "demo_attempt.hpp"

namespace stipple {
Attempt demo_attempt(const Lesson& lesson) {
    Attempt a;
    a.lesson = lesson.id;
    a.input = "generated";
    return a;
}
}  // namespace stipple
