// `--cohort NAME --from DATE --to DATE`: the record filter of report, export and progress, declared once.
#pragma once

#include "academy/record_filter.hpp"
#include "sim/cli/cli.hpp"

namespace stipple {

void add_record_filter_options(CLI::App* command, RecordFilterOptions& options);

// The scope in effect: local days in the TZ environment's zone. InputError for a bad date or range.
RecordScope record_scope_of(const RecordFilterOptions& options);

}  // namespace stipple
