// Whole-head lessons (issue 13, item 5): what a trainee waits for on a 10 000+ dot attempt. For each
// whole-head lesson's expert demo it prints, best of 3 runs, in CPU time of this thread (the steps are
// single-threaded; CPU time stays meaningful on a busy machine) with the wall time beside it:
//   - finish to score-screen data: finish_attempt (the attempt file written atomically, the autosave removed,
//     the score) + score_screen_model + the density heat map the score screen draws. Target: under 2 s;
//   - the autosave of the whole session written (what happens every 10 s and on close);
//   - resuming it: the autosave read and its events replayed through the hand model (opening the lesson for
//     the next sitting).
// Exits 1 when finish to score-screen data misses 2 s. Headless: `bench_whole_head` from the build's bin/.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <functional>
#include <string>

#include <unistd.h>

#include "scoring/demo_attempt.hpp"
#include "scoring/density_map.hpp"
#include "scoring/existing_marks.hpp"
#include "scoring/lesson_io.hpp"
#include "sim/flow/attempt_finish.hpp"
#include "sim/flow/autosave.hpp"
#include "sim/flow/score_screen_model.hpp"
#include "sim/model/practice_session.hpp"
#include "sim/model/virtual_scalp.hpp"

using namespace stipple;
namespace fs = std::filesystem;

namespace {

constexpr double kScoreScreenLimitS = 2.0;

double thread_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

double wall_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

struct Timing {
    double cpu_s = 1e300;
    double wall_s = 1e300;
};

// Best of `runs` (CPU and wall time each at its best).
Timing best_of(int runs, const std::function<void()>& step) {
    Timing best;
    for (int i = 0; i < runs; ++i) {
        const double c0 = thread_cpu_seconds(), w0 = wall_seconds();
        step();
        best.cpu_s = std::min(best.cpu_s, thread_cpu_seconds() - c0);
        best.wall_s = std::min(best.wall_s, wall_seconds() - w0);
    }
    return best;
}

// The demo's dots placed by hand, one a second: move there, press, release (as the window sends them).
void place_by_hand(PracticeSession& session, const Attempt& demo) {
    double t = 0.0;
    for (const Dot& d : demo.dots) {
        const Point at{d.x, d.y};
        session.apply({t, InputEvent::Kind::Move, at});
        session.apply({t + 0.5, InputEvent::Kind::Down, at});
        session.apply({t + 0.8, InputEvent::Kind::Up, at});
        t += 1.0;
    }
}

bool bench_lesson(const std::string& id, const fs::path& scratch) {
    const Lesson lesson = load_lesson(std::string(STIPPLE_SOURCE_DIR) + "/lessons/" + id + ".json");
    const Attempt demo = demo_attempt(lesson);
    const std::string autosave_path = (scratch / (id + "-autosave.json")).string();

    double total = 0.0;
    size_t heat_cells = 0;
    const Timing finish = best_of(3, [&] {
        std::FILE* f = std::fopen(autosave_path.c_str(), "w");  // the autosave the finish removes
        if (f) std::fclose(f);
        FinishPlan plan;
        plan.save_path = scratch / (id + "-attempt.json");
        plan.data_dir = scratch;
        plan.autosave_path = autosave_path;
        const FinishedAttempt done = finish_attempt(lesson, demo, plan, "2026-11-26T12:00:00Z");
        const ScoreScreenModel model = score_screen_model(lesson, *done.report);
        const std::vector<DensityCell> heat = density_heat_map(lesson, demo.dots, existing_marks(lesson), kHeatMapCellMm);
        total = done.report->total;
        heat_cells = heat.size() + (model.rows.empty() ? 1 : 0);
    });
    const bool ok = finish.cpu_s < kScoreScreenLimitS;
    std::printf("%s: %zu dots, demo scores %.1f, %zu heat-map cells\n", id.c_str(), demo.dots.size(), total, heat_cells);
    std::printf("  finish to score-screen data: %.2f s CPU (%.2f s wall); limit %.1f s: %s\n", finish.cpu_s,
                finish.wall_s, kScoreScreenLimitS, ok ? "ok" : "MISSED");

    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession session(lesson, scalp, false, 7);
    place_by_hand(session, demo);
    std::optional<Autosave> autosave;
    const Timing save = best_of(3, [&] {
        autosave = autosave_of(session, lesson.id, std::string("ana"), "2026-11-26T09:00:00Z", false,
                               "2026-11-26T12:00:00Z");
        save_autosave(autosave_path, *autosave);
    });
    std::printf("  autosave of %zu dots written: %.2f s CPU (%.2f s wall), %.1f MB\n", session.dots().size(),
                save.cpu_s, save.wall_s, static_cast<double>(fs::file_size(autosave_path)) / 1e6);
    size_t resumed_dots = 0;
    const Timing resume = best_of(3, [&] {
        const std::optional<Autosave> loaded = load_autosave(autosave_path, lesson.id);
        resumed_dots = resume_session(lesson, scalp, *loaded, autosave_path)->dots().size();
    });
    std::printf("  resumed for the next sitting (%zu dots replayed): %.2f s CPU (%.2f s wall)\n", resumed_dots,
                resume.cpu_s, resume.wall_s);
    return ok;
}

}  // namespace

int main() {
    const fs::path scratch = fs::temp_directory_path() / ("stipple-bench-whole-head-" + std::to_string(::getpid()));
    fs::create_directories(scratch);
    bool ok = true;
    for (const char* id : {"final-exam-norwood-7-whole-head", "whole-head-diffuse"}) ok = bench_lesson(id, scratch) && ok;
    fs::remove_all(scratch);
    return ok ? 0 : 1;
}
