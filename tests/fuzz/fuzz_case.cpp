// libFuzzer target: the case reader (stipple-case/1) and case scoring. Any input must end in a Case or an
// InputError naming the file and field; a case that is read must score every question step (all first options
// picked, then none) and combine without a crash. The case is read as if it lay in lessons/cases/, so the lesson
// files the seed cases name resolve to the real ones.
#include "fuzz_support.hpp"
#include "scoring/case_io.hpp"
#include "scoring/case_score.hpp"
#include "scoring/input_error.hpp"
#include "scoring/json_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace stipple;
    static const std::string file = std::string(STIPPLE_SOURCE_DIR) + "/lessons/cases/fuzz-case.json";
    try {
        const nlohmann::json doc = parse_json_text(fuzz::text_of(data, size), file);
        const Case c = case_from_json(doc, file);
        std::vector<StepResult> steps;
        for (const CaseStep& step : c.steps) {
            if (!is_question_step(step)) continue;
            StepAnswers first(step.questions.size(), std::vector<int>{0});
            steps.push_back(score_question_step(step, first));
            const StepResult none = score_question_step(step, StepAnswers(step.questions.size()));
            if (!(none.score >= 0.0 && none.score <= 100.0)) __builtin_trap();
        }
        const CaseReport report = combine_case(c, steps, {});
        if (report.passed && !report.complete) __builtin_trap();
    } catch (const InputError&) {
    }
    return 0;
}
