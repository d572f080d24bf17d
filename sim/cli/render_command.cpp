// `stipple render --lesson LESSON.json [--attempt ATTEMPT.json] [--view front|left|right|top|back|
// conversation|mirror|map] [--distance-m D] [--healed-days N] [--sun] --out FILE.png [--size WxH]`: the client's
// head (sim/ui/head_view) or the flat map with the attempt's dots, fresh or healed, written as a PNG with no
// user interaction (it needs an X display for OpenGL: Xvfb will do). Every file and option is checked before
// the display; the PNG is written beside its name and renamed, so a half-written picture is never left.
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/System/Err.hpp>

#include "scoring/attempt_io.hpp"
#include "scoring/input_error.hpp"
#include "scoring/lesson_io.hpp"
#include "sim/cli/cli.hpp"
#include "sim/head/head_camera.hpp"
#include "sim/model/view_transform.hpp"
#include "sim/ui/display_probe.hpp"
#include "sim/ui/head_view.hpp"
#include "sim/ui/practice_scene.hpp"

namespace stipple {

namespace {

struct RenderArgs {
    std::string lesson_path;
    std::string attempt_path;
    std::string view = "front";
    std::optional<double> distance_m;
    int healed_days = 0;
    bool sun = false;
    std::string out_path;
    std::string size = "1280x800";
};

// What the options ask for, checked; `error` names the option when they do not make sense.
struct RenderPlan {
    bool map = false;
    HeadCamera camera;
    unsigned width_px = 0, height_px = 0;
};

std::optional<RenderPlan> plan_render(const RenderArgs& args, std::string& error) {
    RenderPlan plan;
    HeadViewPreset preset = HeadViewPreset::front;
    if (args.view == "map") {
        plan.map = true;
    } else if (parse_head_view(args.view, preset)) {
        plan.camera = head_camera_preset(preset);
    } else {
        error = "--view: expected front, left, right, top, back, conversation, mirror or map, got \"" + args.view + "\"";
        return std::nullopt;
    }
    if (args.distance_m) {
        if (plan.map) {
            error = "--distance-m: applies to the head's views, not --view map";
            return std::nullopt;
        }
        if (!std::isfinite(*args.distance_m) || *args.distance_m < 0.25 || *args.distance_m > 3.0) {
            error = "--distance-m: expected 0.25..3 (metres from the head), got " + std::to_string(*args.distance_m);
            return std::nullopt;
        }
        plan.camera.distance_mm = *args.distance_m * 1000.0;
    }
    if (args.healed_days < 0 || args.healed_days > 3650) {
        error = "--healed-days: expected 0..3650 (0 = fresh), got " + std::to_string(args.healed_days);
        return std::nullopt;
    }
    unsigned w = 0, h = 0;
    char tail = 0;
    if (std::sscanf(args.size.c_str(), "%ux%u%c", &w, &h, &tail) != 2 || w < 16 || h < 16 || w > 4096 || h > 4096) {
        error = "--size: expected WxH with each side 16..4096 (e.g. 1280x800), got \"" + args.size + "\"";
        return std::nullopt;
    }
    plan.width_px = w;
    plan.height_px = h;
    const std::filesystem::path out(args.out_path);
    if (out.extension() != ".png" || out.stem().empty()) {
        error = "--out: expected a .png file name, got \"" + args.out_path + "\"";
        return std::nullopt;
    }
    if (out.has_parent_path() && !std::filesystem::is_directory(out.parent_path())) {
        error = "--out: no folder \"" + out.parent_path().string() + "\" to write into";
        return std::nullopt;
    }
    return plan;
}

// The flat map as the practice screen shows it, the whole scalp fitted into the picture.
void draw_map(sf::RenderTarget& target, const PracticeScene& scene, unsigned w, unsigned h) {
    ViewTransform view;
    view.viewport_w_px = float(w);
    view.viewport_h_px = float(h);
    fit_bounds(view, scene.scalp().map_mm, 8.0f);
    scene.draw_skin(target, view);
    scene.draw_dots(target, view);
}

void write_png(const sf::Image& image, const std::filesystem::path& path) {
    const std::filesystem::path tmp = path.string() + ".partial.png";
    std::streambuf* sfml_err = sf::err().rdbuf(nullptr);  // our one line says it, not SFML's as well
    const bool saved = image.saveToFile(tmp.string());
    sf::err().rdbuf(sfml_err);
    if (!saved) {
        std::error_code ignored;
        std::filesystem::remove(tmp, ignored);
        throw std::runtime_error("cannot write " + path.string());
    }
    std::filesystem::rename(tmp, path);
}

}  // namespace

void add_render_command(CLI::App& app, CommandOutcome& outcome) {
    auto args = std::make_shared<RenderArgs>();
    CLI::App* cmd = app.add_subcommand(
        "render", "Write a picture of the client's head (or the flat map) with an attempt's dots, fresh or healed");
    cmd->add_option("--lesson", args->lesson_path, "Lesson file (stipple-lesson/1)")->required();
    cmd->add_option("--attempt", args->attempt_path, "Attempt file (stipple-attempt/1) whose dots to show (default: none)");
    cmd->add_option("--view", args->view,
                    "front, left, right, top, back, conversation (about 1.5 m), mirror (the client's own view) or "
                    "map (the flat map) (default front)");
    cmd->add_option("--distance-m", args->distance_m, "The viewer's distance from the head in metres, 0.25..3");
    cmd->add_option("--healed-days", args->healed_days, "Show the dots healed after this many days (default 0: fresh)");
    cmd->add_flag("--sun", args->sun, "The healed look of sun-exposed skin");
    cmd->add_option("--out", args->out_path, "The PNG file to write")->required();
    cmd->add_option("--size", args->size, "Picture size WxH in pixels, each side 16..4096 (default 1280x800)");
    cmd->callback([args, &outcome] {
        std::string error;
        const std::optional<RenderPlan> plan = plan_render(*args, error);
        if (!plan) {
            std::cerr << "stipple render: " << error << "\n";
            outcome.exit_code = kExitInvalidInput;
            return;
        }
        // Every file read and checked before the display (as `stipple score` does: one line, exit 2).
        const Lesson lesson = load_lesson(args->lesson_path);
        std::vector<Dot> dots;
        std::optional<SessionChoice> choice;  // the needle and shade the attempt chose (drawn with them)
        if (!args->attempt_path.empty()) {
            Attempt attempt = load_attempt(args->attempt_path);
            if (attempt.lesson != lesson.id)
                throw InputError(ErrorCode::lesson_mismatch, args->attempt_path, "/lesson",
                                 "attempt is for lesson \"" + attempt.lesson + "\", not \"" + lesson.id + "\"");
            dots = std::move(attempt.dots);
            choice = attempt.choice;
        }
        const std::shared_ptr<void> display = open_display_probe();  // held while GL is in use
        if (!display) {
            std::cerr << "stipple render: cannot open an X display (is DISPLAY set?); OpenGL needs one (Xvfb will do)\n";
            outcome.exit_code = kExitFailure;
            return;
        }
        PracticeScene scene(lesson, ScalpPreparation::Now);
        scene.set_choice(choice);
        scene.show_dots(dots, double(args->healed_days), args->sun);
        sf::RenderTexture picture;
        if (!picture.create(plan->width_px, plan->height_px))
            throw std::runtime_error("cannot make a " + args->size + " picture (OpenGL)");
        picture.clear(sf::Color(40, 40, 46));
        if (plan->map) {
            draw_map(picture, scene, plan->width_px, plan->height_px);
        } else {
            HeadView view(scene);
            view.camera() = plan->camera;
            view.set_still_antialiasing(4);  // one picture: smooth outlines are worth their time
            view.draw(picture, sf::FloatRect(0.0f, 0.0f, float(plan->width_px), float(plan->height_px)));
        }
        picture.display();
        write_png(picture.getTexture().copyToImage(), args->out_path);
        std::cout << "wrote " << args->out_path << " (" << plan->width_px << "x" << plan->height_px << ", view "
                  << args->view << ", " << dots.size() << " dots, "
                  << (args->healed_days > 0 ? "healed " + std::to_string(args->healed_days) + " days" : "fresh")
                  << (args->sun ? ", sun" : "") << ")\n";
        outcome.exit_code = kExitOk;
    });
}

}  // namespace stipple
