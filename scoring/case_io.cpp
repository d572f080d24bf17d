// Reading and validating cases (see case_io.hpp; the format in lessons/README.md "Writing a case" and
// lessons/stipple-case-1.schema.json). Strict: an unknown field is refused (a misspelt "corect" would silently
// make a right answer wrong), every fault names the case file and its JSON pointer; a lesson step's lesson is
// loaded and its own errors name the lesson file.
#include "case_io.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "input_limits.hpp"
#include "json_reader.hpp"
#include "lesson_io.hpp"

namespace stipple {

using nlohmann::json;

namespace {

// The numbing wait: real minutes (said in words) and the compressed clock's seconds on screen.
constexpr double kMinNumbingMinutes = 5, kMaxNumbingMinutes = 120;
constexpr double kMinNumbingSeconds = 1, kMaxNumbingSeconds = 600;
constexpr long long kMinClientAge = 16, kMaxClientAge = 100;

bool is_id(const std::string& id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

// Refuses any member of `value` not in `known` ("$comment" and names starting with "_" are authors' notes).
void refuse_unknown_fields(const JsonReader& r, const json& value, const std::string& ptr,
                           std::initializer_list<const char*> known) {
    for (const auto& item : value.items()) {
        const std::string& key = item.key();
        if (key == "$comment" || (!key.empty() && key[0] == '_')) continue;
        if (std::none_of(known.begin(), known.end(), [&](const char* k) { return key == k; })) {
            std::string names;
            for (const char* k : known) names += std::string(names.empty() ? "" : ", ") + k;
            r.fail(ErrorCode::unknown_name, child_pointer(ptr, key), "unknown field \"" + key + "\" (expected one of " + names + ")");
        }
    }
}

std::string read_id(const JsonReader& r, const json& value, const std::string& ptr) {
    const std::string id = r.non_empty_string(value, ptr, kMaxIdChars);
    if (!is_id(id)) r.fail(ErrorCode::bad_id, ptr, "expected lower-case letters, digits and '-' only, found \"" + id + "\"");
    return id;
}

bool read_bool(const JsonReader& r, const json& value, const std::string& ptr) {
    if (!value.is_boolean()) r.fail(ErrorCode::wrong_type, ptr, "expected true or false");
    return value.get<bool>();
}

double number_within(const JsonReader& r, const json& value, const std::string& ptr, double lo, double hi,
                     const std::string& what) {
    const double v = r.number(value, ptr);
    if (!(v >= lo && v <= hi)) r.fail(ErrorCode::out_of_range, ptr, "expected " + what);
    return v;
}

CaseClient read_client(const JsonReader& r, const json& value, const std::string& ptr) {
    r.expect_object(value, ptr);
    refuse_unknown_fields(r, value, ptr, {"name", "age", "sex", "face_shape", "loss_stage", "wishes"});
    CaseClient client;
    client.name = r.non_empty_string(r.require(value, ptr, "name"), child_pointer(ptr, "name"), kMaxNameChars);
    const std::string age_ptr = child_pointer(ptr, "age");
    const long long age = r.integer(r.require(value, ptr, "age"), age_ptr);
    if (age < kMinClientAge || age > kMaxClientAge) r.fail(ErrorCode::out_of_range, age_ptr, "expected an age from 16 to 100");
    client.age = static_cast<int>(age);
    client.sex = r.string(r.require(value, ptr, "sex"), child_pointer(ptr, "sex"), kMaxNameChars);
    if (client.sex != "male" && client.sex != "female")
        r.fail(ErrorCode::unknown_name, child_pointer(ptr, "sex"), "expected \"male\" or \"female\"");
    if (const json* v = r.find(value, ptr, "face_shape")) client.face_shape = r.string(*v, child_pointer(ptr, "face_shape"), kMaxNameChars);
    if (const json* v = r.find(value, ptr, "loss_stage")) client.loss_stage = r.string(*v, child_pointer(ptr, "loss_stage"), kMaxNameChars);
    if (const json* v = r.find(value, ptr, "wishes")) client.wishes = r.string(*v, child_pointer(ptr, "wishes"), kMaxTextChars);
    return client;
}

StepOption read_option(const JsonReader& r, const json& value, const std::string& ptr) {
    r.expect_object(value, ptr);
    refuse_unknown_fields(r, value, ptr, {"text", "correct", "explanation"});
    StepOption option;
    option.text = r.non_empty_string(r.require(value, ptr, "text"), child_pointer(ptr, "text"), kMaxTextChars);
    if (const json* v = r.find(value, ptr, "correct")) option.correct = read_bool(r, *v, child_pointer(ptr, "correct"));
    if (const json* v = r.find(value, ptr, "explanation"))
        option.explanation = r.string(*v, child_pointer(ptr, "explanation"), kMaxTextChars);
    if (!option.correct && option.explanation.empty())
        r.fail(r.find(value, ptr, "explanation") ? ErrorCode::out_of_range : ErrorCode::missing_field, child_pointer(ptr, "explanation"), "expected an explanation on every wrong option (why it is wrong, what is right)");
    return option;
}

StepQuestion read_question(const JsonReader& r, const json& value, const std::string& ptr) {
    r.expect_object(value, ptr);
    refuse_unknown_fields(r, value, ptr, {"id", "prompt", "many", "options"});
    StepQuestion q;
    q.id = read_id(r, r.require(value, ptr, "id"), child_pointer(ptr, "id"));
    q.prompt = r.non_empty_string(r.require(value, ptr, "prompt"), child_pointer(ptr, "prompt"), kMaxTextChars);
    if (const json* v = r.find(value, ptr, "many")) q.many = read_bool(r, *v, child_pointer(ptr, "many"));
    const std::string op = child_pointer(ptr, "options");
    const json& options = r.require(value, ptr, "options");
    r.expect_array(options, op, "options", kMaxOptionsPerQuestion);
    if (options.size() < 2) r.fail(ErrorCode::too_few_items, op, "expected at least 2 options to choose from");
    for (size_t i = 0; i < options.size(); ++i) q.options.push_back(read_option(r, options[i], child_pointer(op, i)));
    const auto correct = std::count_if(q.options.begin(), q.options.end(), [](const StepOption& o) { return o.correct; });
    if (correct < 1) r.fail(ErrorCode::out_of_range, op, "expected at least one correct option");
    if (!q.many && correct != 1)
        r.fail(ErrorCode::out_of_range, op, "expected exactly one correct option (or \"many\": true for a choose-all-that-apply question)");
    return q;
}

std::string resolve_against(const std::string& case_path, const std::string& file) {
    namespace fs = std::filesystem;
    const fs::path p(file);
    if (p.is_absolute()) return p.string();
    return (fs::path(case_path).parent_path() / p).lexically_normal().string();
}

CaseStep read_step(const JsonReader& r, const json& value, const std::string& ptr, const std::string& case_path) {
    r.expect_object(value, ptr);
    CaseStep step;
    step.id = read_id(r, r.require(value, ptr, "id"), child_pointer(ptr, "id"));
    const std::string kind_ptr = child_pointer(ptr, "kind");
    step.kind = r.string(r.require(value, ptr, "kind"), kind_ptr, kMaxNameChars);
    step.title = r.non_empty_string(r.require(value, ptr, "title"), child_pointer(ptr, "title"), kMaxNameChars);
    if (const json* v = r.find(value, ptr, "text")) step.text = r.string(*v, child_pointer(ptr, "text"), kMaxTextChars);

    if (is_question_step(step)) {
        refuse_unknown_fields(r, value, ptr, {"id", "kind", "title", "text", "questions"});
        const std::string qp = child_pointer(ptr, "questions");
        const json& questions = r.require(value, ptr, "questions");
        r.expect_array(questions, qp, "questions", kMaxQuestionsPerStep);
        if (questions.empty()) r.fail(ErrorCode::too_few_items, qp, "expected at least one question");
        std::set<std::string> ids;
        for (size_t i = 0; i < questions.size(); ++i) {
            StepQuestion q = read_question(r, questions[i], child_pointer(qp, i));
            if (!ids.insert(q.id).second)
                r.fail(ErrorCode::duplicate_id, child_pointer(child_pointer(qp, i), "id"), "expected a question id unique in its step, \"" + q.id + "\" is used twice");
            step.questions.push_back(std::move(q));
        }
    } else if (step.kind == "numbing") {
        refuse_unknown_fields(r, value, ptr, {"id", "kind", "title", "text", "numbing_wait_min", "numbing_wait_s"});
        step.numbing_wait_min = number_within(r, r.require(value, ptr, "numbing_wait_min"), child_pointer(ptr, "numbing_wait_min"),
                                              kMinNumbingMinutes, kMaxNumbingMinutes, "a wait from 5 to 120 minutes");
        step.numbing_wait_s = number_within(r, r.require(value, ptr, "numbing_wait_s"), child_pointer(ptr, "numbing_wait_s"),
                                            kMinNumbingSeconds, kMaxNumbingSeconds, "a compressed clock from 1 to 600 seconds");
    } else if (is_lesson_step(step)) {
        if (step.kind == "design")
            refuse_unknown_fields(r, value, ptr, {"id", "kind", "title", "text", "lesson"});
        else
            refuse_unknown_fields(r, value, ptr, {"id", "kind", "title", "text", "lesson", "healed_days", "sun", "hairline_from_design", "optional"});
        const std::string lp = child_pointer(ptr, "lesson");
        step.lesson_file = r.non_empty_string(r.require(value, ptr, "lesson"), lp, kMaxPathChars);
        const std::string lesson_path = resolve_against(case_path, step.lesson_file);
        if (!std::filesystem::is_regular_file(lesson_path))
            r.fail(ErrorCode::missing_lesson_file, lp, "expected an existing lesson file, \"" + lesson_path + "\" was not found");
        step.lesson = load_lesson(lesson_path);  // its own errors name the lesson file and field
        if (step.kind == "design" && !step.lesson.design)
            r.fail(ErrorCode::out_of_range, lp, "expected a hairline design lesson (with \"design\") for a design step");
        if (step.kind != "design" && step.lesson.design)
            r.fail(ErrorCode::out_of_range, lp, "expected a lesson with dots for a " + step.kind + " step, not a design lesson");
        if (const json* v = r.find(value, ptr, "healed_days"))
            step.healed_days = number_within(r, *v, child_pointer(ptr, "healed_days"), 0, kMaxHealedDays, "from 0 to 7300 days");
        if (const json* v = r.find(value, ptr, "sun")) step.sun = read_bool(r, *v, child_pointer(ptr, "sun"));
        if (const json* v = r.find(value, ptr, "hairline_from_design"))
            step.hairline_from_design = read_bool(r, *v, child_pointer(ptr, "hairline_from_design"));
        if (const json* v = r.find(value, ptr, "optional")) {
            step.optional = read_bool(r, *v, child_pointer(ptr, "optional"));
            if (step.optional && step.kind != "touchup")
                r.fail(ErrorCode::out_of_range, child_pointer(ptr, "optional"), "expected only a touchup step to be optional");
        }
    } else {
        r.fail(ErrorCode::unknown_name, kind_ptr,
               "expected one of consultation, design, precare, setup, numbing, session, touchup, aftercare");
    }
    return step;
}

// Rules across steps: the order of a treatment, and what the session handover relies on.
void check_step_order(const JsonReader& r, const Case& c) {
    std::map<std::string, size_t> step_ids, lesson_ids;
    bool design_seen = false, session_seen = false, numbing_pending = false;
    for (size_t i = 0; i < c.steps.size(); ++i) {
        const CaseStep& s = c.steps[i];
        const std::string ptr = child_pointer("/steps", i);
        if (const auto it = step_ids.find(s.id); it != step_ids.end())
            r.fail(ErrorCode::duplicate_id, child_pointer(ptr, "id"), "expected a unique step id, \"" + s.id + "\" is already used by " + child_pointer("/steps", it->second));
        step_ids.emplace(s.id, i);
        if (s.kind == "numbing") {
            if (numbing_pending) r.fail(ErrorCode::out_of_range, ptr, "expected a session or touchup step after the numbing step before another numbing step");
            numbing_pending = true;
        }
        if (!is_lesson_step(s)) continue;
        if (const auto it = lesson_ids.find(s.lesson.id); it != lesson_ids.end())
            r.fail(ErrorCode::duplicate_id, child_pointer(ptr, "lesson"), "expected each lesson step to use its own lesson id, \"" + s.lesson.id +
                                               "\" is already used by " + child_pointer("/steps", it->second) + " (a saved attempt names its step by lesson id)");
        lesson_ids.emplace(s.lesson.id, i);
        if (s.kind == "design") {
            if (numbing_pending) r.fail(ErrorCode::out_of_range, ptr, "expected the numbing step right before a session, not before the design");
            if (session_seen) r.fail(ErrorCode::out_of_range, ptr, "expected the hairline design before the first session");
            design_seen = true;
            continue;
        }
        if (s.hairline_from_design && !design_seen)
            r.fail(ErrorCode::out_of_range, child_pointer(ptr, "hairline_from_design"), "expected a design step earlier in the case");
        if (session_seen && !(s.healed_days > 0))
            r.fail(ErrorCode::out_of_range, child_pointer(ptr, "healed_days"), "expected the days of healing since the previous session (more than 0)");
        if (session_seen && s.lesson.existing && s.lesson.existing->kind == "hair")
            r.fail(ErrorCode::out_of_range, child_pointer(ptr, "lesson"),
                   "expected a later session's lesson without existing hair: its existing marks are the trainee's own healed work");
        if (!session_seen && s.kind == "touchup")
            r.fail(ErrorCode::out_of_range, ptr, "expected a session before a touch-up");
        if (s.optional && i + 1 < c.steps.size() && std::any_of(c.steps.begin() + static_cast<long>(i) + 1, c.steps.end(), is_lesson_step))
            r.fail(ErrorCode::out_of_range, child_pointer(ptr, "optional"), "expected an optional touch-up to be the last lesson step");
        session_seen = true;
        numbing_pending = false;
    }
    if (numbing_pending) r.fail(ErrorCode::out_of_range, "/steps", "expected a session or touchup step after the numbing step");
    if (!session_seen) r.fail(ErrorCode::too_few_items, "/steps", "expected at least one session step");
}

}  // namespace

bool is_case_document(const json& doc) {
    if (!doc.is_object()) return false;
    const auto it = doc.find("format");
    return it != doc.end() && it->is_string() && it->get<std::string>() == kCaseFormat;
}

Case case_from_json(const json& doc, const std::string& file) {
    const JsonReader r(file);
    const std::string root;
    r.expect_object(doc, root);
    refuse_unknown_fields(r, doc, root, {"$schema", "format", "id", "title", "brief", "client", "protocol_pass_score", "steps"});
    Case c;
    const std::string format = r.string(r.require(doc, root, "format"), "/format", kMaxNameChars);
    if (format != kCaseFormat) r.fail(ErrorCode::wrong_format, "/format", std::string("expected \"") + kCaseFormat + "\", found \"" + format + "\"");
    if (const json* schema = r.find(doc, root, "$schema")) c.schema = r.string(*schema, "/$schema", kMaxPathChars);
    c.id = read_id(r, r.require(doc, root, "id"), "/id");
    c.title = r.non_empty_string(r.require(doc, root, "title"), "/title", kMaxNameChars);
    c.brief = r.string(r.require(doc, root, "brief"), "/brief", kMaxTextChars);
    c.client = read_client(r, r.require(doc, root, "client"), "/client");
    if (const json* v = r.find(doc, root, "protocol_pass_score"))
        c.protocol_pass_score = number_within(r, *v, "/protocol_pass_score", 0, 100, "a number from 0 to 100");
    const json& steps = r.require(doc, root, "steps");
    r.expect_array(steps, "/steps", "steps", kMaxCaseSteps);
    for (size_t i = 0; i < steps.size(); ++i) c.steps.push_back(read_step(r, steps[i], child_pointer("/steps", i), file));
    check_step_order(r, c);
    return c;
}

Case load_case(const std::string& path) { return case_from_json(parse_json_file(path), path); }

}  // namespace stipple
