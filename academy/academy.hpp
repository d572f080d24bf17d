// The academy's records, one header per job: gradebook.hpp (SQLite store), progress.hpp (lesson states),
// and the exports and reports built on them. Include the one you need; this header includes the core two.
#pragma once

#include "academy/gradebook.hpp"
#include "academy/progress.hpp"
