// `stipple gallery --out DIR [--lessons DIR] [--all]`: runs every scoring-gallery generator
// (scoring/attempt_gallery.hpp) on its showcase lessons and writes DIR/index.html, one self-contained page
// (inline SVG and CSS, nothing fetched) so an instructor can see what a 90, a 75 and a 50 look like:
//  - "By score": every case as a card in bands (90+, 75-90, 50-75, under 50), highest total first: a
//    picture of the dots on the zone (size and colour by depth: in the window dark, too shallow faint,
//    too deep blue-grey and larger; zone outline, hairline curve dashed), name, lesson, severity, total,
//    components, critical errors, verdict and the expected verdict;
//  - "Expectations not met": cases whose score disagrees with what an SMP expert says (the judge's to-do);
//  - "By family": each fault family's cases and totals, linked to their cards.
// Showcase lessons: hairline faults on hairline-classic; fair variants on even-fill-patch and
// hairline-classic; everything else on even-fill-patch. With --all, every generator on every lesson it applies
// to. Prints one line per case to stdout. The page (gallery_page.cpp) is written atomically; output is
// deterministic.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include "academy/lesson_folder.hpp"
#include "scoring/atomic_file.hpp"
#include "scoring/attempt_gallery.hpp"
#include "scoring/input_error.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/scoring.hpp"
#include "sim/cli/cli.hpp"
#include "sim/cli/gallery_page.hpp"
#include "sim/resource_paths.hpp"

namespace stipple {

namespace {

namespace fs = std::filesystem;

struct GalleryOptions {
    std::string out_dir;
    std::optional<std::string> lessons_dir;
    bool all = false;
};

// Every valid lesson in the folder (the academy's rule: stipple-lesson/1 files, others skipped), by id.
std::vector<Lesson> load_lessons(const fs::path& dir) {
    const LessonFolder folder = load_lesson_folder(dir.string());
    std::vector<Lesson> lessons;
    for (const auto& [id, lesson] : folder.by_id) lessons.push_back(lesson);
    if (lessons.empty()) throw InputError(ErrorCode::no_lessons, dir.string(), "", "no stipple-lesson/1 files here");
    return lessons;
}

const Lesson* showcase_lesson(const std::vector<Lesson>& lessons, const std::string& id, bool want_hairline) {
    for (const Lesson& l : lessons)
        if (l.id == id) return &l;
    for (const Lesson& l : lessons)  // another lesson of the same kind when the showcase one is missing
        if (l.hairline.has_value() == want_hairline && !l.existing) return &l;
    return nullptr;
}

std::vector<const Lesson*> showcase(const AttemptGenerator& g, const std::vector<Lesson>& lessons, bool all) {
    std::vector<const Lesson*> out;
    if (all) {
        for (const Lesson& l : lessons)
            if (applies_to(g, l)) out.push_back(&l);
        return out;
    }
    auto add = [&](const Lesson* l) {
        if (l && applies_to(g, *l) && std::find(out.begin(), out.end(), l) == out.end()) out.push_back(l);
    };
    if (g.needs_hairline) {
        add(showcase_lesson(lessons, "hairline-classic", true));
    } else {
        add(showcase_lesson(lessons, "even-fill-patch", false));
        if (g.fair) add(showcase_lesson(lessons, "hairline-classic", true));
    }
    return out;
}

}  // namespace

void add_gallery_command(CLI::App& app, CommandOutcome& outcome) {
    auto options = std::make_shared<GalleryOptions>();
    CLI::App* cmd = app.add_subcommand("gallery", "Write the scoring gallery: generated attempts of known quality, scored");
    cmd->add_option("--out", options->out_dir, "Folder to write index.html into (created if missing)")->required();
    cmd->add_option("--lessons", options->lessons_dir,
                    "Lessons folder (default: $STIPPLE_DATA_DIR/lessons, else the built-in lessons)");
    cmd->add_flag("--all", options->all, "Run every generator on every lesson it applies to (a large page)");
    cmd->callback([options, &outcome] {
        const fs::path lessons_dir = find_lessons_dir(options->lessons_dir);
        const std::vector<Lesson> lessons = load_lessons(lessons_dir);
        std::map<std::string, double> expert_total;
        std::vector<GalleryCase> cases;
        for (const AttemptGenerator& g : attempt_generators())
            for (const Lesson* lesson : showcase(g, lessons, options->all)) {
                if (!expert_total.count(lesson->id))
                    expert_total[lesson->id] = score_attempt(*lesson, make_attempt(*find_attempt_generator("expert-demo"), *lesson)).total;
                GalleryCase c;
                c.generator = &g;
                c.lesson = lesson;
                c.attempt = make_attempt(g, *lesson);
                c.report = score_attempt(*lesson, c.attempt);
                c.expect = expected_verdict(g, *lesson);
                c.met = expectation_met(c.expect, c.report, expert_total[lesson->id]);
                c.anchor = g.name + "--" + lesson->id;
                std::cout << (c.met ? "   " : "!! ") << g.name << " on " << lesson->id << ": " << gallery_number(c.report.total, 1)
                          << (c.report.passed ? " passed" : " failed") << " (expert says: " << describe(c.expect) << ")\n";
                cases.push_back(std::move(c));
            }
        std::error_code ec;
        fs::create_directories(options->out_dir, ec);
        const fs::path out = fs::path(options->out_dir) / "index.html";
        write_file_atomically(out.string(), gallery_page(cases));
        size_t met = 0;
        for (const GalleryCase& c : cases) met += c.met ? 1 : 0;
        std::cout << "wrote " << cases.size() << " cases to " << out.string() << " (" << met << " meet what an expert says)\n";
        outcome.exit_code = kExitOk;
    });
}

}  // namespace stipple
