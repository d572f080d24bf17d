// IN PROGRESS (editor work, issue 5): `stipple edit [LESSON.json]`.
#include "sim/cli/cli.hpp"

namespace stipple {
void add_edit_command(CLI::App&, CommandOutcome&) {}
}  // namespace stipple
