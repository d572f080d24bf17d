// The 3D head view's costs (needs DISPLAY; software GL under Xvfb): a frame while the head turns (every frame
// re-rendered) with 20 000 dots on the skin, at the whole 1280x800 window and at the practice screen's side
// panel; a frame that changed nothing (the blit); composing the skin texture after a dot is added (the score
// screen's way: every change at once); and a dot placed every frame with the work screen's refresh interval
// (the skin recomposed at most every kHeadSkinRefreshIntervalS, here of a clock moving 1/60 s a frame).
// Prints ms per frame and fps (the target: 30 fps turning at 1280x800).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <vector>

#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/OpenGL.hpp>

#include "scoring/lesson_io.hpp"
#include "sim/flow/frame_pacing.hpp"
#include "sim/model/noise.hpp"
#include "sim/ui/head_view.hpp"
#include "sim/ui/practice_scene.hpp"

using namespace stipple;

namespace {

// The whole-head final exam (or, before it exists, the older one).
Lesson whole_head_lesson() {
    const std::string dir = std::string(STIPPLE_SOURCE_DIR) + "/lessons/";
    for (const char* id : {"final-exam-norwood-7-whole-head", "final-exam-norwood-7"})
        if (std::filesystem::exists(dir + id + ".json")) return load_lesson(dir + id + ".json");
    throw std::runtime_error("no final exam lesson in " + dir);
}

// The final exam with 20 000 dots scattered over its zone, built once.
struct Fixture {
    Lesson lesson = whole_head_lesson();
    std::unique_ptr<PracticeScene> scene;
    std::unique_ptr<HeadView> view;
    Fixture() {
        scene = std::make_unique<PracticeScene>(lesson);
        const Bounds zone = bounds_of(lesson.zone);
        std::vector<Dot> dots;
        for (int i = 0; i < 20000; ++i)
            dots.push_back({zone.min.x + zone.width() * hash01(i, 1, 7), zone.min.y + zone.height() * hash01(i, 2, 7),
                            0.6, std::nullopt});
        scene->show_dots(dots, 0.0, false);
        const char* grid = std::getenv("STIPPLE_BENCH_HEAD_GRID");  // ROWSxCOLUMNS, to try other meshes
        int rows = kHeadViewMeshRows, columns = kHeadViewMeshColumns;
        if (grid) std::sscanf(grid, "%dx%d", &rows, &columns);
        view = std::make_unique<HeadView>(*scene, rows, columns);
    }
};
Fixture& fixture() {
    static Fixture f;
    return f;
}

void turning(benchmark::State& state, unsigned w, unsigned h) {
    Fixture& f = fixture();
    sf::RenderTexture frame;
    if (!frame.create(1280, 800)) {
        state.SkipWithError("cannot create a render texture (is DISPLAY set?)");
        return;
    }
    const sf::FloatRect viewport(float(1280 - w), 0.0f, float(w), float(h));
    f.view->camera() = head_camera_preset(HeadViewPreset::front);
    frame.clear();
    f.view->draw(frame, viewport);  // untimed: the skin texture is composed here
    for (auto _ : state) {
        orbit_head_camera(f.view->camera(), 6.0, 0.0);  // ~3.4 degrees a frame
        frame.clear();
        f.view->draw(frame, viewport);
        frame.display();
        glFinish();
    }
    state.counters["fps"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);  // per wall second (UseRealTime)
    state.counters["triangles"] = double(f.view->mesh().indices.size() / 3);
}

void BM_HeadTurning_1280x800(benchmark::State& state) { turning(state, 1280, 800); }
void BM_HeadTurning_Panel560x800(benchmark::State& state) { turning(state, 560, 800); }

void BM_HeadUnchanged_1280x800(benchmark::State& state) {
    Fixture& f = fixture();
    sf::RenderTexture frame;
    if (!frame.create(1280, 800)) {
        state.SkipWithError("cannot create a render texture (is DISPLAY set?)");
        return;
    }
    frame.clear();
    f.view->draw(frame, {0, 0, 1280, 800});
    for (auto _ : state) {
        frame.clear();
        f.view->draw(frame, {0, 0, 1280, 800});
        frame.display();
        glFinish();
    }
    state.counters["fps"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);  // per wall second (UseRealTime)
}

// A dot placed: the skin texture is composed again and the picture re-rendered.
void BM_HeadDotAdded_1280x800(benchmark::State& state) {
    Fixture& f = fixture();
    sf::RenderTexture frame;
    if (!frame.create(1280, 800)) {
        state.SkipWithError("cannot create a render texture (is DISPLAY set?)");
        return;
    }
    const Bounds zone = bounds_of(f.lesson.zone);
    int i = 0;
    for (auto _ : state) {
        f.scene->add_dot({zone.min.x + zone.width() * hash01(i, 3, 7), zone.min.y + zone.height() * hash01(i, 4, 7),
                          0.6, std::nullopt});
        ++i;
        frame.clear();
        f.view->draw(frame, {0, 0, 1280, 800});
        frame.display();
        glFinish();
    }
}

// Dots placed in quick succession on the work screen: one a frame, the clock 1/60 s on per frame.
void BM_HeadDotsArriving_Throttled_1280x800(benchmark::State& state) {
    Fixture& f = fixture();
    sf::RenderTexture frame;
    if (!frame.create(1280, 800)) {
        state.SkipWithError("cannot create a render texture (is DISPLAY set?)");
        return;
    }
    double now_s = 0.0;
    HeadView view(*f.scene);
    view.set_skin_refresh_interval(kHeadSkinRefreshIntervalS, [&now_s] { return now_s; });
    frame.clear();
    view.draw(frame, {0, 0, 1280, 800});  // untimed: the first composition
    const std::size_t first = view.skin_compositions();
    const Bounds zone = bounds_of(f.lesson.zone);
    int i = 0;
    for (auto _ : state) {
        f.scene->add_dot({zone.min.x + zone.width() * hash01(i, 5, 7), zone.min.y + zone.height() * hash01(i, 6, 7),
                          0.6, std::nullopt});
        ++i;
        now_s += 1.0 / 60.0;
        frame.clear();
        view.draw(frame, {0, 0, 1280, 800});
        frame.display();
        glFinish();
    }
    state.counters["compositions"] = double(view.skin_compositions() - first);
}

}  // namespace

BENCHMARK(BM_HeadTurning_1280x800)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);
BENCHMARK(BM_HeadTurning_Panel560x800)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);
BENCHMARK(BM_HeadUnchanged_1280x800)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_HeadDotAdded_1280x800)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);
BENCHMARK(BM_HeadDotsArriving_Throttled_1280x800)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);
BENCHMARK_MAIN();
