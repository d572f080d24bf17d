// stipple: the one executable. Subcommands are headless tools; with none it opens the simulator.
#include "sim/cli/cli.hpp"

int main(int argc, char** argv) { return stipple::run_cli(argc, argv); }
