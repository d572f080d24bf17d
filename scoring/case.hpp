// A case (format stipple-case/1): one client's whole course of treatment, as steps in order: the consultation,
// a hairline design, pre-care advice, the sterile set-up, the numbing wait, sessions 1-3 with weeks of healing
// between them, aftercare advice and a touch-up years later. Question steps are scored here (case_score.hpp);
// design and session steps are lessons, scored as lessons. The content lives in the case file so instructors
// write their own (lessons/README.md, lessons/stipple-case-1.schema.json).
#pragma once

#include <string>
#include <vector>

#include "lesson.hpp"

namespace stipple {

inline constexpr const char* kCaseFormat = "stipple-case/1";

// One answer the trainee may pick; a wrong pick shows its explanation (why it is wrong, what is right).
struct StepOption {
    std::string text;
    bool correct = false;
    std::string explanation;
};

struct StepQuestion {
    std::string id;                  // unique in its step
    std::string prompt;
    bool many = false;               // "choose all that apply" (else exactly one)
    std::vector<StepOption> options;
};

// Step kinds. Question steps: consultation, precare, setup, aftercare. Lesson steps: design, session, touchup.
// The numbing step has no questions: its wait applies to the next session (Lesson::numbing_wait_s).
struct CaseStep {
    std::string id;                  // unique in the case
    std::string kind;                // consultation|precare|setup|numbing|design|session|touchup|aftercare
    std::string title;
    std::string text;                // what the trainee reads first (the situation, the client's words)
    std::vector<StepQuestion> questions;   // question steps
    std::string lesson_file;         // lesson steps: relative to the case file
    Lesson lesson;                   // lesson steps: loaded and validated
    double healed_days = 0.0;        // session/touchup: days of healing since the previous session (0: first)
    bool sun = false;                // session/touchup: the previous work healed with sun exposure
    bool hairline_from_design = false;  // session: its target hairline is the trainee's own designed line
    double numbing_wait_min = 30.0;  // numbing: the real wait in minutes (said in words)
    double numbing_wait_s = 30.0;    // numbing: the compressed clock's seconds on screen
    bool optional = false;           // touchup only: the case is complete without it; when done it counts
};

struct CaseClient {
    std::string name;
    int age = 35;
    std::string sex;                 // "male" | "female"
    std::string face_shape;
    std::string loss_stage;
    std::string wishes;
};

struct Case {
    std::string schema;              // "$schema"
    std::string id;
    std::string title;
    std::string brief;
    CaseClient client;
    std::vector<CaseStep> steps;     // in order
    double protocol_pass_score = 75; // question and numbing steps together must reach this (0..100)
};

bool is_question_step(const CaseStep& step);  // consultation|precare|setup|aftercare
bool is_lesson_step(const CaseStep& step);    // design|session|touchup
// The step whose lesson has this id (lesson ids are unique in a case); nullptr when none.
const CaseStep* find_lesson_step(const Case& c, const std::string& lesson_id);

}  // namespace stipple
