// libFuzzer target: the lesson reader and `lesson check`'s advice. Any input must end in a Lesson or an
// InputError ("FILE: /pointer: expected ..."); anything else (a crash, a hang, another exception, a
// sanitizer report) is a bug. The reader's own caps keep every accepted lesson cheap to advise on.
#include "fuzz_support.hpp"
#include "scoring/json_reader.hpp"
#include "scoring/lesson_hints.hpp"
#include "scoring/lesson_warnings.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/lesson_regions.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace stipple;
    try {
        const nlohmann::json doc = parse_json_text(fuzz::text_of(data, size), "fuzz-lesson.json");
        const Lesson lesson = lesson_from_json(doc, "fuzz-lesson.json");
        (void)lesson_warnings(lesson, doc);
        (void)expected_dot_count(lesson);
        // What the reader accepts it also writes and reads back unchanged.
        try {
            const Lesson again = lesson_from_json(nlohmann::json::parse(lesson_to_json(lesson).dump()), "again.json");
            if (lesson_to_json(again) != lesson_to_json(lesson)) __builtin_trap();
        } catch (const InputError&) {
            __builtin_trap();
        }
    } catch (const InputError& e) {
        (void)hint_for_error(e);
    }
    return 0;
}
