// The record filter options (see record_filter_options.hpp).
#include "sim/cli/record_filter_options.hpp"

namespace stipple {

void add_record_filter_options(CLI::App* command, RecordFilterOptions& options) {
    command->add_option("--cohort", options.cohort, "Only trainees in this cohort");
    command->add_option("--from", options.from, "Only attempts on or after this day (YYYY-MM-DD, local time)");
    command->add_option("--to", options.to, "Only attempts on or before this day (YYYY-MM-DD, local time, inclusive)");
}

RecordScope record_scope_of(const RecordFilterOptions& options) { return record_scope(options, ""); }

}  // namespace stipple
