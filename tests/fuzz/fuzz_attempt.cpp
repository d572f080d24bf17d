// libFuzzer target: the attempt reader. Any input must end in an Attempt or an InputError; an accepted
// attempt writes and reads back to the same dots.
#include "fuzz_support.hpp"
#include "scoring/attempt_io.hpp"
#include "scoring/json_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace stipple;
    try {
        const nlohmann::json doc = parse_json_text(fuzz::text_of(data, size), "fuzz-attempt.json");
        const Attempt attempt = attempt_from_json(doc, "fuzz-attempt.json");
        try {
            const Attempt again = attempt_from_json(nlohmann::json::parse(attempt_to_json(attempt).dump()), "again.json");
            if (again.dots.size() != attempt.dots.size()) __builtin_trap();
        } catch (const InputError&) {
            __builtin_trap();
        }
    } catch (const InputError&) {
    }
    return 0;
}
