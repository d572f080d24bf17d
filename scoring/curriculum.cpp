// Loading and validating the curriculum (stipple-curriculum/1) and the proficiency rule (see curriculum.hpp).
#include "curriculum.hpp"

#include <algorithm>
#include <filesystem>
#include <map>

#include "case_io.hpp"
#include "input_limits.hpp"
#include "json_reader.hpp"
#include "lesson_io.hpp"

namespace stipple {

using nlohmann::json;

namespace {

constexpr long long kMaxConsecutivePasses = 20;

ProficiencyRule read_proficiency(const JsonReader& r, const json& value, const std::string& ptr) {
    r.expect_object(value, ptr);
    ProficiencyRule rule;
    const std::string p = child_pointer(ptr, "consecutive_passes");
    const long long n = r.integer(r.require(value, ptr, "consecutive_passes"), p);
    if (n < 1 || n > kMaxConsecutivePasses)
        r.fail(ErrorCode::out_of_range, p, "expected a whole number of passes from 1 to " + std::to_string(kMaxConsecutivePasses));
    rule.consecutive_passes = static_cast<int>(n);
    return rule;
}

std::string resolve_lesson_path(const std::string& curriculum_path, const std::string& file) {
    namespace fs = std::filesystem;
    const fs::path p(file);
    if (p.is_absolute()) return p.string();
    const fs::path base = fs::path(curriculum_path).parent_path();
    return (base / p).lexically_normal().string();
}

// "cases": [{"file", "requires"}] after the lessons: each case loaded with its lessons; prerequisites are lesson ids
// of the curriculum (all taught before any case); case ids unique.
void read_cases(const JsonReader& r, const json& cases, const std::string& path,
                const std::map<std::string, size_t>& lesson_index, Curriculum& curriculum) {
    r.expect_array(cases, "/cases", "cases", kMaxCurriculumCases);
    for (size_t i = 0; i < cases.size(); ++i) {
        const std::string ptr = child_pointer("/cases", i);
        const json& item = cases[i];
        r.expect_object(item, ptr);
        CurriculumCase entry;
        const std::string file_ptr = child_pointer(ptr, "file");
        entry.file = r.non_empty_string(r.require(item, ptr, "file"), file_ptr, kMaxPathChars);
        const std::string case_path = resolve_lesson_path(path, entry.file);
        if (!std::filesystem::is_regular_file(case_path))
            r.fail(ErrorCode::missing_lesson_file, file_ptr, "expected an existing case file, \"" + case_path + "\" was not found");
        entry.the_case = load_case(case_path);  // its own errors name the case (or lesson) file and field
        for (size_t k = 0; k < curriculum.cases.size(); ++k)
            if (curriculum.cases[k].the_case.id == entry.the_case.id)
                r.fail(ErrorCode::duplicate_id, file_ptr, "expected a unique case id, \"" + entry.the_case.id + "\" is already used by " +
                                                     child_pointer("/cases", k));
        if (const json* req = r.find(item, ptr, "requires")) {
            const std::string req_ptr = child_pointer(ptr, "requires");
            r.expect_array(*req, req_ptr, "lesson ids", kMaxCurriculumLessons);
            for (size_t k = 0; k < req->size(); ++k) {
                const std::string id_ptr = child_pointer(req_ptr, k);
                const std::string id = r.non_empty_string((*req)[k], id_ptr, kMaxIdChars);
                if (std::find(entry.requires_ids.begin(), entry.requires_ids.end(), id) != entry.requires_ids.end())
                    r.fail(ErrorCode::required_twice, id_ptr, "expected each prerequisite once, \"" + id + "\" is listed twice");
                if (lesson_index.find(id) == lesson_index.end())
                    r.fail(ErrorCode::unknown_lesson, id_ptr, "expected the id of a lesson in this curriculum, \"" + id + "\" is not one");
                entry.requires_ids.push_back(id);
            }
        }
        curriculum.cases.push_back(std::move(entry));
    }
}

}  // namespace

Curriculum load_curriculum(const std::string& path) {
    const json doc = parse_json_file(path);
    const JsonReader r(path);
    const std::string root;
    r.expect_object(doc, root);
    Curriculum curriculum;

    const std::string format = r.string(r.require(doc, root, "format"), "/format", kMaxNameChars);
    if (format != kCurriculumFormat)
        r.fail(ErrorCode::wrong_format, "/format", std::string("expected \"") + kCurriculumFormat + "\", found \"" + format + "\"");
    curriculum.title = r.non_empty_string(r.require(doc, root, "title"), "/title", kMaxNameChars);
    curriculum.proficiency = read_proficiency(r, r.require(doc, root, "proficiency"), "/proficiency");

    const json& lessons = r.require(doc, root, "lessons");
    if (!lessons.is_array() || lessons.empty()) r.fail(lessons.is_array() ? ErrorCode::too_few_items : ErrorCode::wrong_type, "/lessons", "expected a non-empty array of lessons");
    r.expect_array(lessons, "/lessons", "lessons", kMaxCurriculumLessons);

    std::map<std::string, size_t> index_of_id;  // lesson id -> position in the order
    for (size_t i = 0; i < lessons.size(); ++i) {
        const std::string ptr = child_pointer("/lessons", i);
        const json& item = lessons[i];
        r.expect_object(item, ptr);
        CurriculumEntry entry;
        const std::string file_ptr = child_pointer(ptr, "file");
        entry.file = r.non_empty_string(r.require(item, ptr, "file"), file_ptr, kMaxPathChars);
        const std::string lesson_path = resolve_lesson_path(path, entry.file);
        if (!std::filesystem::is_regular_file(lesson_path))
            r.fail(ErrorCode::missing_lesson_file, file_ptr, "expected an existing lesson file, \"" + lesson_path + "\" was not found");
        entry.lesson = load_lesson(lesson_path);  // its own errors name the lesson file and field
        if (const auto seen = index_of_id.find(entry.lesson.id); seen != index_of_id.end())
            r.fail(ErrorCode::duplicate_id, file_ptr, "expected a unique lesson id, \"" + entry.lesson.id + "\" is already used by " +
                                 child_pointer("/lessons", seen->second));

        if (const json* req = r.find(item, ptr, "requires")) {
            const std::string req_ptr = child_pointer(ptr, "requires");
            r.expect_array(*req, req_ptr, "lesson ids", kMaxCurriculumLessons);
            for (size_t k = 0; k < req->size(); ++k) {
                const std::string id_ptr = child_pointer(req_ptr, k);
                const std::string id = r.non_empty_string((*req)[k], id_ptr, kMaxIdChars);
                if (id == entry.lesson.id) r.fail(ErrorCode::requires_itself, id_ptr, "expected another lesson's id, a lesson cannot require itself");
                if (std::find(entry.requires_ids.begin(), entry.requires_ids.end(), id) != entry.requires_ids.end())
                    r.fail(ErrorCode::required_twice, id_ptr, "expected each prerequisite once, \"" + id + "\" is listed twice");
                if (index_of_id.find(id) == index_of_id.end()) {
                    bool later = false;
                    for (size_t j = i + 1; j < lessons.size(); ++j) {
                        const json& other = lessons[j];
                        if (!other.is_object() || !other.contains("file") || !other["file"].is_string()) continue;
                        const std::string other_path = resolve_lesson_path(path, other["file"].get<std::string>());
                        // Peek at the later lesson's id only to give a precise message; it is validated in turn.
                        try {
                            if (load_lesson(other_path).id == id) later = true;
                        } catch (const InputError&) {
                        }
                        if (later) break;
                    }
                    if (later)
                        r.fail(ErrorCode::required_later, id_ptr, "expected a prerequisite taught earlier, \"" + id + "\" comes later in the order");
                    r.fail(ErrorCode::unknown_lesson, id_ptr, "expected the id of a lesson in this curriculum, \"" + id + "\" is not one");
                }
                entry.requires_ids.push_back(id);
            }
        }
        index_of_id.emplace(entry.lesson.id, i);
        curriculum.lessons.push_back(std::move(entry));
    }
    if (const json* cases = r.find(doc, root, "cases")) read_cases(r, *cases, path, index_of_id, curriculum);
    return curriculum;
}

bool is_proficient(const ProficiencyRule& rule, const std::vector<bool>& passes_in_order) {
    // Proficiency once demonstrated stays earned: any run of enough consecutive passes counts.
    const int needed = std::max(1, rule.consecutive_passes);
    int run = 0;
    for (const bool passed : passes_in_order) {
        run = passed ? run + 1 : 0;
        if (run >= needed) return true;
    }
    return false;
}

}  // namespace stipple
