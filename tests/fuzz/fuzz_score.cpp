// libFuzzer target: scoring. The input is one JSON object {"lesson": {...}, "attempt": {...}}; both are read
// with the real readers and, when valid, scored and written as a report, and (for small lessons) the expert
// demo is generated and scored too. Sizes are bounded so each run stays fast: at most 3000 dots and lessons of
// at most 3000 expected dots; the readers' own caps are tested by the other targets.
#include "fuzz_support.hpp"
#include "scoring/attempt_io.hpp"
#include "scoring/demo_attempt.hpp"
#include "scoring/json_reader.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/lesson_regions.hpp"
#include "scoring/report_io.hpp"
#include "scoring/scoring.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace stipple;
    try {
        const nlohmann::json doc = parse_json_text(fuzz::text_of(data, size), "fuzz-pair.json");
        if (!doc.is_object() || !doc.contains("lesson") || !doc.contains("attempt")) return 0;
        const Lesson lesson = lesson_from_json(doc["lesson"], "fuzz-lesson.json");
        const Attempt attempt = attempt_from_json(doc["attempt"], "fuzz-attempt.json");
        const double expected = expected_dot_count(lesson);
        if (attempt.dots.size() > 3000 || expected > 3000) return 0;
        const ScoreReport report = score_attempt(lesson, attempt);
        if (!(report.total >= 0 && report.total <= 100)) __builtin_trap();
        (void)report_to_json(report).dump();
        if (expected <= 400) {
            const ScoreReport demo = score_attempt(lesson, demo_attempt(lesson));
            if (!(demo.total >= 0 && demo.total <= 100)) __builtin_trap();
        }
    } catch (const InputError&) {
    }
    return 0;
}
