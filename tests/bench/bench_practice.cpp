// The real practice screen, frame by frame (needs DISPLAY): `stipple practice`'s screens in a 1280x800
// AppWindow at working zoom (10 px/mm on the classic hairline), resumed from an autosave holding 0, 2 000 or
// 20 000 dots, driven through AppWindow::frame with pointer moves (the needle follows: the usual frame while
// working), arrow-key pans (the scalp itself moves: every layer is drawn again) and clicks (a dot more on the
// pigment layer each frame). Beside them the bare
// blit: one window-sized texture drawn and displayed. Each frame ends with glFinish, so the software GL's
// work is counted; times are wall time.
#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <SFML/Graphics/Sprite.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <SFML/OpenGL.hpp>

#include "scoring/geometry.hpp"
#include "scoring/lesson_io.hpp"
#include "sim/flow/autosave.hpp"
#include "sim/model/noise.hpp"
#include "sim/model/practice_session.hpp"
#include "sim/model/virtual_scalp.hpp"
#include "sim/ui/app_window.hpp"
#include "sim/ui/practice_screen.hpp"

using namespace stipple;
namespace fs = std::filesystem;

namespace {

const std::string kLessonPath = std::string(STIPPLE_SOURCE_DIR) + "/lessons/hairline-classic.json";
constexpr unsigned kW = 1280, kH = 800;
const ViewSpec kWorkingView{{0.0, 87.0}, 10.0};  // as the practice e2e test works

AppWindow& window() {
    static AppWindow w([] {
        WindowSpec spec;
        spec.width_px = kW;
        spec.height_px = kH;
        spec.title = "bench_practice";
        if (const char* aa = std::getenv("BENCH_AA")) spec.antialiasing = unsigned(std::atoi(aa));
        spec.data_dir = fs::temp_directory_path() / "stipple-bench-practice";
        return spec;
    }());
    return w;
}

const Lesson& lesson() {
    static const Lesson l = load_lesson(kLessonPath);
    return l;
}

fs::path scratch() {
    static const fs::path dir = [] {
        fs::path d = fs::temp_directory_path() / "stipple-bench-practice";
        fs::remove_all(d);
        fs::create_directories(d);
        return d;
    }();
    return dir;
}

// An autosave of `n` dots scattered over the zone, placed by a real session (move, rest, press, release).
std::string autosave_with(int n) {
    const std::string path = (scratch() / ("autosave-" + std::to_string(n) + ".json")).string();
    if (fs::exists(path) || n == 0) return path;
    const VirtualScalp scalp = generate_scalp(lesson());
    PracticeSession session(lesson(), scalp, false, 7);
    const Bounds b = bounds_of(lesson().zone);
    double t = 0.0;
    for (int i = 0, placed = 0; placed < n; ++i) {
        const Point p{b.min.x + b.width() * hash01(i, 1, 3), b.min.y + b.height() * hash01(i, 2, 3)};
        if (!contains(lesson().zone, p)) continue;
        for (const auto& [dt, kind] : {std::pair{0.0, InputEvent::Kind::Move}, std::pair{0.25, InputEvent::Kind::Down},
                                       std::pair{0.30, InputEvent::Kind::Up}}) {
            InputEvent e;
            e.t_s = (t += dt);
            e.kind = kind;
            e.target_mm = p;
            session.apply(e);
        }
        ++placed;
    }
    save_autosave(path, *autosave_of(session, lesson().id, std::nullopt, "2026-11-26T07:00:00.000Z", false,
                                     "2026-11-26T07:00:00.000Z"));
    return path;
}

sf::Event key(sf::Keyboard::Key code) {
    sf::Event e;
    e.type = sf::Event::KeyPressed;
    e.key = {code, false, false, false, false};
    return e;
}

sf::Event moved(int x, int y) {
    sf::Event e;
    e.type = sf::Event::MouseMoved;
    e.mouseMove = {x, y};
    return e;
}

// The practice work screen of the lesson with `dots` dots, entered and drawn once.
std::unique_ptr<Screen> work_screen(int dots) {
    PracticeOptions options;
    options.data_dir = scratch();
    options.autosave_path = autosave_with(dots);
    options.initial_view = kWorkingView;
    options.skip_brief = true;
    std::unique_ptr<Screen> screen = make_practice_screen(lesson(), options, [](const PracticeOutcome&) {
        return std::unique_ptr<Screen>();
    });
    AppWindow& w = window();
    screen->enter(w);
    // With dots the brief offers the autosave: Enter resumes it; without, skip_brief starts at once.
    Next next = dots > 0 ? w.frame(*screen, {key(sf::Keyboard::Enter)}) : screen->next();
    std::unique_ptr<Screen> work = next.take();
    if (!work) return nullptr;
    work->enter(w);
    w.frame(*work);
    glFinish();
    return work;
}

sf::Event button(sf::Event::EventType type, int x, int y) {
    sf::Event e;
    e.type = type;
    e.mouseButton = {sf::Mouse::Left, x, y};
    return e;
}

enum class Doing { NeedleMoves, Pans, PlacesDots };

void frames(benchmark::State& state, Doing doing) {
    const int dots = int(state.range(0));
    std::unique_ptr<Screen> screen = work_screen(dots);
    if (!screen) {
        state.SkipWithError("the practice screen did not start");
        return;
    }
    AppWindow& w = window();
    int i = 0;
    for (auto _ : state) {
        ++i;
        // The pointer moves over the zone right of the lesson panel (the needle follows it), or the view pans.
        const int x = 600 + 7 * (i % 20), y = 380 + 5 * (i % 13);
        switch (doing) {
            case Doing::NeedleMoves: w.frame(*screen, {moved(x, y)}); break;
            case Doing::Pans: w.frame(*screen, {key(i % 2 ? sf::Keyboard::Left : sf::Keyboard::Right)}); break;
            case Doing::PlacesDots:  // a press and a release: one more dot on the pigment layer
                w.frame(*screen, {moved(x, y), button(sf::Event::MouseButtonPressed, x, y),
                                  button(sf::Event::MouseButtonReleased, x, y)});
                break;
        }
        glFinish();
    }
    state.counters["dots"] = dots;
}

void BM_PracticeFrameNeedleMoves(benchmark::State& state) { frames(state, Doing::NeedleMoves); }
BENCHMARK(BM_PracticeFrameNeedleMoves)->Arg(0)->Arg(2000)->Arg(20000)->Iterations(120)->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_PracticeFramePans(benchmark::State& state) { frames(state, Doing::Pans); }
BENCHMARK(BM_PracticeFramePans)->Arg(0)->Arg(2000)->Arg(20000)->Iterations(60)->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_PracticeFramePlacesDot(benchmark::State& state) { frames(state, Doing::PlacesDots); }
BENCHMARK(BM_PracticeFramePlacesDot)->Arg(0)->Arg(2000)->Arg(20000)->Iterations(60)->UseRealTime()
    ->Unit(benchmark::kMillisecond);

// The bare canvas blit: one window-sized texture onto the window, displayed.
void BM_BareBlit(benchmark::State& state) {
    AppWindow& w = window();
    sf::Image image;
    image.create(kW, kH, sf::Color(198, 156, 128));
    sf::Texture texture;
    texture.loadFromImage(image);
    sf::Sprite sprite(texture);
    for (auto _ : state) {
        w.window().clear();
        w.window().draw(sprite);
        w.window().display();
        glFinish();
    }
}
BENCHMARK(BM_BareBlit)->Iterations(120)->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
    try {
        window();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_practice: %s\n", e.what());
        return 1;
    }
    window().window().setFramerateLimit(0);  // time the work, not the 60 fps cap
    std::printf("window: %ux%u, antialiasing %u\n", kW, kH, window().window().getSettings().antialiasingLevel);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
