// The autosave file: an unfinished attempt's event log, written atomically, read strictly, replayed to resume.
#include "sim/flow/autosave.hpp"

#include <algorithm>
#include <filesystem>

#include "academy/user_data.hpp"
#include "scoring/atomic_file.hpp"
#include "scoring/choices_io.hpp"
#include "scoring/input_error.hpp"
#include "scoring/design_io.hpp"
#include "scoring/json_reader.hpp"
#include "sim/flow/count_words.hpp"

namespace stipple {

using json = nlohmann::json;

json autosave_to_json(const Autosave& a) {
    json j = json::object();
    j["format"] = kAutosaveFormat;
    j["lesson"] = a.lesson_id;
    j["saved"] = a.saved_at;
    if (a.trainee) j["trainee"] = *a.trainee;
    if (a.started) j["started"] = *a.started;
    j["exam"] = a.exam;
    j["dot_count"] = a.dot_count;
    j["events"] = a.events;
    if (a.design_line) {
        json line = json::array();
        for (const Point& p : *a.design_line) line.push_back({p.x, p.y});
        j["design_line"] = line;
    }
    if (a.choice) j["choice"] = session_choice_to_json(*a.choice);
    return j;
}

Autosave autosave_from_json(const json& doc, const std::string& file) {
    const JsonReader r(file);
    r.expect_object(doc, "");
    if (r.string(r.require(doc, "", "format"), "/format") != kAutosaveFormat)
        r.fail(ErrorCode::wrong_format, "/format", std::string("expected \"") + kAutosaveFormat + "\"");
    Autosave a;
    a.lesson_id = r.non_empty_string(r.require(doc, "", "lesson"), "/lesson");
    if (const json* v = r.find(doc, "", "saved")) a.saved_at = r.string(*v, "/saved");
    if (const json* v = r.find(doc, "", "trainee")) a.trainee = r.string(*v, "/trainee");
    if (const json* v = r.find(doc, "", "started")) a.started = r.string(*v, "/started");
    if (const json* v = r.find(doc, "", "exam")) {
        if (!v->is_boolean()) r.fail(ErrorCode::wrong_type, "/exam", "expected true or false");
        a.exam = v->get<bool>();
    }
    if (const json* v = r.find(doc, "", "dot_count")) {
        const long long n = r.integer(*v, "/dot_count");
        if (n < 0) r.fail(ErrorCode::out_of_range, "/dot_count", "expected a count >= 0");
        a.dot_count = size_t(n);
    }
    if (const json* v = r.find(doc, "", "choice"); v && !v->is_null()) a.choice = read_session_choice(r, *v, "/choice");
    const json& events = r.require(doc, "", "events");
    if (!events.is_array()) r.fail(ErrorCode::wrong_type, "/events", "expected an array of input events");
    a.events = events;
    if (const json* v = r.find(doc, "", "design_line")) {
        if (!v->is_array()) r.fail(ErrorCode::wrong_type, "/design_line", "expected an array of [x, y] points");
        if (v->size() > kMaxDesignLinePoints)
            r.fail(ErrorCode::out_of_range, "/design_line",
                   "at most " + std::to_string(kMaxDesignLinePoints) + " points");
        Polyline line;
        for (std::size_t i = 0; i < v->size(); ++i) {
            const std::string at = child_pointer("/design_line", i);
            line.push_back(r.point((*v)[i], at));
            if (i > 0 && !(line[i].x > line[i - 1].x))  // as an attempt's line: left to right (design_io)
                r.fail(ErrorCode::out_of_range, at, "expected x greater than the point before (the line runs left to right)");
        }
        a.design_line = std::move(line);
    }
    return a;
}

void save_autosave(const std::string& path, const Autosave& autosave) {
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) create_private_folder(parent);
    write_file_atomically(path, autosave_to_json(autosave).dump() + "\n", kPrivateFileMode);  // a trainee's work
}

std::optional<Autosave> load_autosave(const std::string& path, const std::string& lesson_id) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return std::nullopt;
    Autosave a = autosave_from_json(parse_json_file(path), path);
    if (a.lesson_id != lesson_id) return std::nullopt;
    return a;
}

OpenedAutosave open_autosave(const std::string& path, const std::string& lesson_id, bool exam) {
    OpenedAutosave opened;
    try {
        opened.pending = load_autosave(path, lesson_id);
        if (opened.pending && opened.pending->exam != exam) opened.pending.reset();  // practice work is no exam
    } catch (const InputError& e) {
        opened.note = std::string("An autosave could not be read and was set aside: ") + e.what();
        std::error_code ec;
        std::filesystem::rename(path, path + ".damaged", ec);
    }
    return opened;
}

bool adopt_exam_autosave(const std::string& practice_path, const std::string& exam_path, const std::string& lesson_id) {
    std::error_code ec;
    if (std::filesystem::exists(exam_path, ec)) return false;
    try {
        const std::optional<Autosave> a = load_autosave(practice_path, lesson_id);
        if (!a || !a->exam) return false;
    } catch (const InputError&) {
        return false;  // damaged: the practice screen sets it aside when it opens
    }
    std::filesystem::rename(practice_path, exam_path, ec);
    return !ec;
}

std::optional<Autosave> autosave_of(const PracticeSession& session, const std::string& lesson_id,
                                    const std::optional<std::string>& trainee, const std::string& started,
                                    bool exam, const std::string& saved_at) {
    if (session.dots().empty() && !exam) return std::nullopt;  // an exam is kept from its start: its clock runs
    Autosave a;
    a.lesson_id = lesson_id;
    a.saved_at = saved_at;
    a.trainee = trainee;
    a.started = started;
    a.exam = exam;
    a.dot_count = session.dots().size();
    a.events = session.event_log();
    return a;
}

std::optional<Autosave> design_autosave_of(const PracticeSession& session, const Polyline& line,
                                           const std::string& lesson_id, const std::optional<std::string>& trainee,
                                           const std::string& started, bool exam, const std::string& saved_at) {
    std::optional<Autosave> a = autosave_of(session, lesson_id, trainee, started, exam, saved_at);
    if (!a && line.empty()) return std::nullopt;
    if (!a) {
        a.emplace();
        a->lesson_id = lesson_id;
        a->saved_at = saved_at;
        a->trainee = trainee;
        a->started = started;
        a->exam = exam;
        a->events = session.event_log();
    }
    a->design_line = line;
    return a;
}

void remove_autosave(const std::string& path) {
    std::error_code ec;
    std::filesystem::remove(path, ec);
}

std::unique_ptr<PracticeSession> resume_session(const Lesson& lesson, const VirtualScalp& scalp,
                                                const Autosave& autosave, const std::string& file,
                                                const ResumeProgress& on_progress) {
    const JsonReader r(file);
    uint64_t seed = lesson.scalp.seed;
    size_t first = 0;
    const json& events = autosave.events;
    if (!events.empty() && events[0].is_object() && events[0].value("kind", "") == "session") {
        if (const json* s = r.find(events[0], "/events/0", "seed")) {
            if (!s->is_number_unsigned()) r.fail(ErrorCode::out_of_range, "/events/0/seed", "expected a whole number >= 0");
            seed = s->get<uint64_t>();
        }
        first = 1;
    }
    auto session = std::make_unique<PracticeSession>(lesson, scalp, autosave.exam, seed);
    for (size_t i = first; i < events.size(); ++i) {
        session->apply(event_from_json(events[i], file, child_pointer("/events", i)));
        if (on_progress && (i + 1) % kResumeProgressEvents == 0 && i + 1 < events.size()) on_progress(i + 1, events.size());
    }
    if (on_progress) on_progress(events.size(), events.size());
    return session;
}

std::string resume_progress_text(std::size_t replayed, std::size_t total, std::size_t dot_count) {
    const std::size_t percent = total == 0 ? 100 : std::min<std::size_t>(100, replayed * 100 / total);
    return "Resuming your work... " + std::to_string(percent) + "% (" + dots_text(dot_count) + ")";
}

bool autosave_due(size_t events_now, size_t events_saved, double now_s, double last_save_s) {
    return events_now != events_saved && now_s - last_save_s >= kAutosaveIntervalS;
}

}  // namespace stipple
