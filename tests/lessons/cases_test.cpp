// Every shipped case, proven as the lessons are: it loads; the expert chain (right answers, the numbing clock
// respected, the demo on session 1, the next session built from it healed, the demo on that) passes the whole
// case; careless chains fail it: a shallow session 1 heals away and leaves session 2 short, wrong answers or an
// ignored numbing clock fail the protocol. The diffuse-thinning case asks for a lighter shade (full strength
// fails its session 1); the Norwood 3 case's sessions work to the trainee's own designed hairline (a straight
// design fails).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <functional>

#include "scoring/case_io.hpp"
#include "scoring/case_score.hpp"
#include "scoring/curriculum.hpp"
#include "scoring/demo_attempt.hpp"
#include "scoring/scoring.hpp"
#include "sim/model/session_handover.hpp"
#include "tests/test_support.hpp"

namespace stipple {
namespace {

const std::vector<std::string> kCaseIds = {"norwood-3-restoration", "diffuse-thinning-woman", "strip-scar-camouflage"};

Case shipped_case(const std::string& id) { return load_case((test::lessons_dir() / "cases" / (id + ".json")).string()); }

// The answers a trainee gives: every correct option, or for the careless one the first wrong option.
StepAnswers answers(const CaseStep& step, bool right) {
    StepAnswers out;
    for (const StepQuestion& q : step.questions) {
        std::vector<int> picks;
        for (size_t i = 0; i < q.options.size(); ++i)
            if (q.options[i].correct == right) {
                picks.push_back(static_cast<int>(i));
                if (!right || !q.many) break;
            }
        out.push_back(picks);
    }
    return out;
}

// The demo on a lesson, its first dot `start_s` after the work screen opened.
Attempt demo_from(const Lesson& lesson, double start_s) {
    Attempt a = demo_attempt(lesson);
    for (Dot& d : a.dots) d.t = *d.t + start_s;
    return a;
}

struct Chain {
    std::vector<StepResult> steps;
    std::vector<SessionResult> lesson_steps;  // every lesson step's result, the design included, in case order
    std::vector<SessionResult> sessions;      // the session and touch-up steps' results (no design)
    std::vector<Lesson> lessons;    // each session step's lesson as the trainee met it
    std::vector<Attempt> attempts;
    std::optional<Lesson> design_lesson;
    std::optional<Attempt> design_attempt;
};

// The expert's designed line (the demo) for a design step.
Attempt expert_design(const Lesson& lesson) { return demo_attempt(lesson); }

// Runs a case's required steps: answers (right or not), a design step by `design`, each session by `work` on the
// lesson as handed over (`work` gets the session's number from 0, the design not counted).
Chain run(const Case& c, bool right_answers, const std::function<Attempt(const Lesson&, size_t)>& work,
          const std::function<Attempt(const Lesson&)>& design = expert_design) {
    Chain chain;
    std::optional<NextSession> next = first_session(c);
    for (size_t i = 0; i < c.steps.size(); ++i) {
        const CaseStep& step = c.steps[i];
        if (is_question_step(step)) chain.steps.push_back(score_question_step(step, answers(step, right_answers)));
        if (!is_lesson_step(step) || step.optional) continue;
        REQUIRE(next);
        REQUIRE(next->step_index == i);
        const bool designing = step.kind == "design";
        const Attempt a = designing ? design(next->lesson) : work(next->lesson, chain.sessions.size());
        for (size_t k = i; k-- > 0 && !is_lesson_step(c.steps[k]);)
            if (c.steps[k].kind == "numbing") chain.steps.push_back(score_numbing_step(c.steps[k], a));
        chain.lesson_steps.push_back({step.id, next->lesson.id, score_attempt(next->lesson, a)});
        if (designing) {
            chain.design_lesson = next->lesson;
            chain.design_attempt = a;
        } else {
            chain.sessions.push_back(chain.lesson_steps.back());
            chain.lessons.push_back(next->lesson);
            chain.attempts.push_back(a);
        }
        const bool last = std::none_of(c.steps.begin() + static_cast<long>(i) + 1, c.steps.end(),
                                       [](const CaseStep& s) { return is_lesson_step(s) && !s.optional; });
        if (!last) next = next_session(c, next->lesson, a, "attempt.json");
    }
    return chain;
}

Attempt expert(const Lesson& lesson, size_t) { return demo_from(lesson, *lesson.numbing_wait_s + 1); }

TEST_CASE("every shipped case loads, and is in the curriculum", "[cases]") {
    const Curriculum curriculum = load_curriculum((test::lessons_dir() / "curriculum.json").string());
    std::vector<std::string> ids;
    for (const CurriculumCase& cc : curriculum.cases) ids.push_back(cc.the_case.id);
    CHECK(ids == kCaseIds);
    for (const std::string& id : kCaseIds) {
        INFO(id);
        const Case c = shipped_case(id);
        CHECK(c.id == id);
        CHECK(std::count_if(c.steps.begin(), c.steps.end(), [](const CaseStep& s) { return s.kind == "session"; }) == 2);
        for (const std::string kind : {"consultation", "precare", "setup", "numbing", "aftercare"})
            CHECK(std::any_of(c.steps.begin(), c.steps.end(), [&](const CaseStep& s) { return s.kind == kind; }));
    }
}

TEST_CASE("the expert chain passes each case; careless chains fail it", "[cases]") {
    for (const std::string& id : kCaseIds) {
        INFO(id);
        const Case c = shipped_case(id);
        const Chain good = run(c, true, expert);
        const CaseReport report = combine_case(c, good.steps, good.lesson_steps);
        REQUIRE(good.sessions.size() == 2);
        const size_t session1_dots = good.attempts[0].dots.size();
        const size_t healed = good.lessons[1].existing ? good.lessons[1].existing->marks.size() : 0;
        std::printf("%s expert: session 1 %.1f (%zu dots), %zu healed marks, session 2 %.1f (%zu dots), protocol %.1f, case %.1f %s\n",
                    id.c_str(), good.sessions[0].report.total, session1_dots, healed, good.sessions[1].report.total,
                    good.attempts[1].dots.size(), report.protocol_score, report.total, report.passed ? "passed" : "FAILED");
        std::string faults;
        for (size_t k = 0; k < good.sessions.size(); ++k) {
            for (const CriticalError& e : good.sessions[k].report.critical_errors) faults += e.code + ": " + e.message + "\n";
            for (const std::string& why : score_shortfalls(good.lessons[k], good.sessions[k].report)) faults += why + "\n";
        }
        INFO(faults);
        CHECK(good.sessions[0].report.passed);
        CHECK(good.sessions[1].report.passed);
        CHECK(healed == session1_dots);  // every dot at the right depth survives six weeks
        CHECK(report.protocol_score == 100);
        CHECK(report.complete);
        CHECK(report.passed);

        // Shallow session 1 (in the epidermis): it heals away, and session 2 done as if it had held is short.
        const Chain shallow = run(c, true, [&](const Lesson& lesson, size_t n) {
            if (n == 1) {
                Attempt a = good.attempts[1];  // the dots the trainee would place on a base that held
                a.lesson = lesson.id;
                return a;
            }
            Attempt a = expert(lesson, n);
            for (Dot& d : a.dots) d.depth_mm = 0.5 * lesson.targets.depth_min_mm;
            return a;
        });
        const size_t left = shallow.lessons[1].existing ? shallow.lessons[1].existing->marks.size() : 0;
        const CaseReport shallow_report = combine_case(c, shallow.steps, shallow.lesson_steps);
        std::printf("%s shallow session 1: %.1f, %zu of %zu marks left, session 2 %.1f, case %.1f %s\n", id.c_str(),
                    shallow.sessions[0].report.total, left, shallow.attempts[0].dots.size(), shallow.sessions[1].report.total,
                    shallow_report.total, shallow_report.passed ? "passed" : "failed");
        CHECK(left == 0);
        CHECK_FALSE(shallow.sessions[1].report.passed);
        const auto& errors = shallow.sessions[1].report.critical_errors;
        CHECK(std::any_of(errors.begin(), errors.end(), [](const CriticalError& e) { return e.code == "unfinished"; }));
        CHECK_FALSE(shallow_report.passed);

        // Wrong answers: the sessions pass, the protocol does not.
        const Chain careless = run(c, false, expert);
        const CaseReport careless_report = combine_case(c, careless.steps, careless.lesson_steps);
        std::printf("%s wrong answers: protocol %.1f, case %.1f %s\n", id.c_str(), careless_report.protocol_score,
                    careless_report.total, careless_report.passed ? "passed" : "failed");
        CHECK(careless.sessions[1].report.passed);
        CHECK(careless_report.protocol_score < c.protocol_pass_score);
        CHECK_FALSE(careless_report.passed);
        for (const StepResult& s : careless_report.steps)
            if (is_question_step(*std::find_if(c.steps.begin(), c.steps.end(), [&](const CaseStep& cs) { return cs.id == s.step_id; })))
                CHECK_FALSE(s.explanations.empty());

        // The numbing clock ignored: the first dot at once.
        const Chain hasty = run(c, true, [](const Lesson& lesson, size_t) { return demo_from(lesson, 0.0); });
        const CaseReport hasty_report = combine_case(c, hasty.steps, hasty.lesson_steps);
        std::printf("%s numbing ignored: protocol %.1f, case %s\n", id.c_str(), hasty_report.protocol_score,
                    hasty_report.passed ? "passed" : "failed");
        CHECK_FALSE(hasty_report.passed);
    }
}

TEST_CASE("the diffuse-thinning case asks for a lighter shade: full strength fails session 1 with its reason", "[cases]") {
    const Case c = shipped_case("diffuse-thinning-woman");
    const Chain good = run(c, true, expert);
    REQUIRE(good.sessions.size() == 2);
    REQUIRE(good.attempts[0].choice);
    CHECK(good.attempts[0].choice->needle == "1RL");
    CHECK(good.attempts[0].choice->shade == "diluted 1:1");
    CHECK(good.attempts[1].choice->shade == "diluted 1:1");
    CHECK(good.sessions[0].report.passed);
    CHECK(good.sessions[1].report.passed);
    // The healed session 1 handed over to session 2 keeps the shade and needle it was made with.
    REQUIRE(good.lessons[1].existing);
    const std::vector<ExistingMark>& healed = good.lessons[1].existing->marks;
    REQUIRE_FALSE(healed.empty());
    for (const ExistingMark& m : healed) {
        CHECK(m.dilution == 0.5);
        CHECK(m.diameter_mm == 0.25);
        CHECK(m.healed_days == 56);
    }
    std::printf("diffuse-thinning expert: session 1 %.1f, session 2 %.1f, %zu healed marks at dilution %.2f\n",
                good.sessions[0].report.total, good.sessions[1].report.total, healed.size(), healed.front().dilution);

    // Session 1 in full-strength carbon: that session fails on the shade, with the lesson's reason; the case fails.
    const Chain harsh = run(c, true, [](const Lesson& lesson, size_t n) {
        Attempt a = expert(lesson, n);
        if (n == 0) a.choice->shade = "full strength";
        return a;
    });
    const Lesson& s1 = harsh.lessons[0];
    REQUIRE(s1.choices);
    const auto full = std::find_if(s1.choices->shades.begin(), s1.choices->shades.end(),
                                   [](const ShadeOption& o) { return o.name == "full strength"; });
    REQUIRE(full != s1.choices->shades.end());
    CHECK_FALSE(full->acceptable);
    const auto& errors = harsh.sessions[0].report.critical_errors;
    const auto shade = std::find_if(errors.begin(), errors.end(), [](const CriticalError& e) { return e.code == "shade_choice"; });
    REQUIRE(shade != errors.end());
    CHECK(shade->message.find(full->reason) != std::string::npos);
    CHECK_FALSE(harsh.sessions[0].report.passed);
    REQUIRE(harsh.lessons[1].existing);
    CHECK(harsh.lessons[1].existing->marks.front().dilution == 1.0);  // the harsh layer is what heals
    const CaseReport harsh_report = combine_case(c, harsh.steps, harsh.lesson_steps);
    std::printf("diffuse-thinning full strength in session 1: session 1 %.1f %s, case %.1f %s\n", harsh.sessions[0].report.total,
                harsh.sessions[0].report.passed ? "passed" : "failed", harsh_report.total, harsh_report.passed ? "passed" : "failed");
    CHECK_FALSE(harsh_report.passed);
}

TEST_CASE("the Norwood 3 case: the trainee's designed line is session 1's target; a straight design fails", "[cases]") {
    const Case c = shipped_case("norwood-3-restoration");
    const NextSession design = first_session(c);
    REQUIRE(c.steps[design.step_index].kind == "design");
    CHECK(design.step_index < 4);  // designed before pre-care, set-up and numbing
    const Attempt line = demo_attempt(design.lesson);
    REQUIRE(line.design_line);
    const ScoreReport design_report = score_attempt(design.lesson, line);
    CHECK(design_report.passed);

    const NextSession session1 = next_session(c, design.lesson, line, "design.json");
    REQUIRE(c.steps[session1.step_index].id == "session-1");
    REQUIRE(session1.lesson.hairline);
    CHECK(session1.lesson.hairline->curve == *line.design_line);
    CHECK_FALSE(session1.lesson.existing);  // nothing healed yet: a design places no dots
    CHECK(session1.lesson.numbing_wait_s == 30);

    const Chain good = run(c, true, expert);
    REQUIRE(good.design_attempt);
    CHECK(good.lessons[0].hairline->curve == *good.design_attempt->design_line);
    CHECK(good.lessons[1].hairline->curve == *good.design_attempt->design_line);  // session 2 keeps the design
    const CaseReport report = combine_case(c, good.steps, good.lesson_steps);
    std::printf("norwood-3 expert: design %.1f, session 1 %.1f, session 2 %.1f, case %.1f %s\n", good.lesson_steps[0].report.total,
                good.sessions[0].report.total, good.sessions[1].report.total, report.total, report.passed ? "passed" : "FAILED");
    CHECK(good.lesson_steps[0].report.passed);
    CHECK(good.sessions[0].report.passed);
    CHECK(good.sessions[1].report.passed);
    CHECK(report.passed);

    // A ruler-straight line across the forehead: the design step fails, and with it the case.
    const Chain straight = run(c, true, expert, [](const Lesson& lesson) {
        Attempt a = demo_attempt(lesson);
        a.design_line = Polyline{{-60, 80}, {-30, 80}, {0, 80}, {30, 80}, {60, 80}};
        return a;
    });
    const ScoreReport& faulty = straight.lesson_steps[0].report;
    const CaseReport straight_report = combine_case(c, straight.steps, straight.lesson_steps);
    std::printf("norwood-3 straight design: design %.1f %s, case %.1f %s\n", faulty.total, faulty.passed ? "passed" : "failed",
                straight_report.total, straight_report.passed ? "passed" : "failed");
    CHECK(straight.lessons[0].hairline->curve == Polyline{{-60, 80}, {-30, 80}, {0, 80}, {30, 80}, {60, 80}});
    CHECK_FALSE(faulty.passed);
    CHECK_FALSE(straight_report.passed);
}

TEST_CASE("the Norwood 3 touch-up starts on the work faded for four sunny years", "[cases]") {
    const Case c = shipped_case("norwood-3-restoration");
    const Chain good = run(c, true, expert);
    const NextSession touchup = next_session(c, good.lessons[1], good.attempts[1], "session-2.json");
    REQUIRE(c.steps[touchup.step_index].kind == "touchup");
    REQUIRE(touchup.lesson.existing);
    const std::vector<ExistingMark>& marks = touchup.lesson.existing->marks;
    const size_t before = good.attempts[0].dots.size() + good.attempts[1].dots.size();
    std::printf("norwood-3 touch-up: %zu of %zu dots still visible after 4 sunny years\n", marks.size(), before);
    CHECK(marks.size() <= before);
    CHECK(marks.size() > before / 2);
    for (const ExistingMark& m : marks) {
        CHECK(m.sun);
        CHECK(m.healed_days >= 1460);
    }
    CHECK_FALSE(touchup.lesson.numbing_wait_s);  // no numbing step before the touch-up in this case
}

}  // namespace
}  // namespace stipple
