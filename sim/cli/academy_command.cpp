// IN PROGRESS (academy work, issue 6): `stipple academy ...`.
#include "sim/cli/cli.hpp"

namespace stipple {
void add_academy_command(CLI::App&, CommandOutcome&) {}
}  // namespace stipple
