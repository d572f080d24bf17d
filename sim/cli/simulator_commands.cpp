// IN PROGRESS (simulator work, issue 4): `stipple` (lesson picker) and `stipple practice`.
#include <iostream>

#include "sim/cli/cli.hpp"

namespace stipple {

void add_practice_command(CLI::App& app, CommandOutcome& outcome);  // sim/cli/practice_command.cpp

void add_simulator_commands(CLI::App& app, CommandOutcome& outcome) {
    add_practice_command(app, outcome);
}

}  // namespace stipple
