// Lesson states from a trainee's recorded attempts that count (app, sealed, legacy: academy/attempt_integrity) and
// the curriculum's prerequisites and proficiency rule.
#include "academy/progress.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "academy/attempt_integrity.hpp"
#include "scoring/input_error.hpp"

namespace stipple {

namespace {

struct LessonTally {
    std::string title;
    int attempts = 0;
    int passes = 0;
    std::optional<double> best;
    std::optional<double> last;
    std::vector<bool> passes_in_order;
};

}  // namespace

const char* to_string(LessonState state) {
    switch (state) {
        case LessonState::Locked: return "locked";
        case LessonState::Open: return "open";
        case LessonState::Passed: return "passed";
        case LessonState::Proficient: return "proficient";
    }
    return "open";
}

std::vector<LessonProgress> progress_from_attempts(const std::vector<AttemptRecord>& attempts,
                                                   const Curriculum& curriculum) {
    std::map<std::string, LessonTally> tally;
    std::vector<std::string> first_seen;  // lesson ids in order of first attempt
    for (const AttemptRecord& a : attempts) {
        if (!attempt_counts(a)) continue;
        auto [it, inserted] = tally.try_emplace(a.lesson_id);
        if (inserted) first_seen.push_back(a.lesson_id);
        LessonTally& t = it->second;
        t.title = a.lesson_title;
        ++t.attempts;
        if (a.passed) ++t.passes;
        t.best = std::max(t.best.value_or(a.total), a.total);
        t.last = a.total;
        t.passes_in_order.push_back(a.passed);
    }

    auto proficient = [&](const std::string& id) {
        const auto it = tally.find(id);
        return it != tally.end() && is_proficient(curriculum.proficiency, it->second.passes_in_order);
    };
    auto fill = [&](LessonProgress& p) {
        const auto it = tally.find(p.lesson_id);
        if (it == tally.end()) return;
        p.attempt_count = it->second.attempts;
        p.pass_count = it->second.passes;
        p.best_total = it->second.best;
        p.last_total = it->second.last;
        const std::vector<bool>& order = it->second.passes_in_order;
        p.passes_in_a_row = int(std::find(order.rbegin(), order.rend(), false) - order.rbegin());
        if (p.title.empty()) p.title = it->second.title;
    };
    auto earned_state = [&](const LessonProgress& p) {
        if (proficient(p.lesson_id)) return LessonState::Proficient;
        return p.pass_count > 0 ? LessonState::Passed : LessonState::Open;
    };

    std::vector<LessonProgress> out;
    std::set<std::string> in_curriculum;
    for (const CurriculumEntry& entry : curriculum.lessons) {
        LessonProgress p;
        p.passes_needed = std::max(1, curriculum.proficiency.consecutive_passes);
        p.lesson_id = entry.lesson.id;
        p.title = entry.lesson.title;
        p.pass_score = entry.lesson.pass_score;
        in_curriculum.insert(p.lesson_id);
        fill(p);
        for (const std::string& req : entry.requires_ids)
            if (!proficient(req)) p.missing_prerequisites.push_back(req);
        p.state = p.missing_prerequisites.empty() ? earned_state(p) : LessonState::Locked;
        out.push_back(std::move(p));
    }
    for (const std::string& id : first_seen) {
        if (in_curriculum.count(id)) continue;
        LessonProgress p;
        p.passes_needed = std::max(1, curriculum.proficiency.consecutive_passes);
        p.lesson_id = id;
        p.in_curriculum = false;
        fill(p);
        p.state = earned_state(p);
        out.push_back(std::move(p));
    }
    return out;
}

bool attempt_counts(const AttemptRecord& a) {
    return counts_toward_progress(a.verification);  // the rule lives in attempt_integrity
}

std::string not_counted_reason(const AttemptRecord& a) {
    if (attempt_counts(a)) return "";
    if (!a.verification_note.empty()) return a.verification_note;
    return a.verification == Verification::Pending ? "waiting for an instructor to verify it" : "not verified";
}

std::vector<LessonProgress> progress_for(const Gradebook& gradebook, const Curriculum& curriculum,
                                         const std::string& trainee) {
    AttemptFilter filter;
    filter.trainee = trainee;
    return progress_from_gradebook_attempts(gradebook, curriculum, gradebook.attempts(filter));
}

std::vector<LessonProgress> progress_from_gradebook_attempts(const Gradebook& gradebook, const Curriculum& curriculum,
                                                             const std::vector<AttemptRecord>& attempts) {
    std::vector<LessonProgress> progress = progress_from_attempts(attempts, curriculum);
    for (LessonProgress& p : progress) {
        if (p.in_curriculum) continue;
        for (auto a = attempts.rbegin(); a != attempts.rend(); ++a)
            if (a->lesson_id == p.lesson_id) {
                try {
                    p.pass_score = gradebook.lesson_as_recorded(a->lesson_hash).pass_score;
                } catch (const InputError&) {
                    // A version this program no longer reads: the pass mark stays unknown, progress still shows.
                }
                break;
            }
    }
    return progress;
}

std::string lock_reason(const LessonProgress& lesson, const std::vector<LessonProgress>& all) {
    if (lesson.state != LessonState::Locked) return "";
    std::string text;
    for (size_t i = 0; i < lesson.missing_prerequisites.size(); ++i) {
        const std::string& id = lesson.missing_prerequisites[i];
        const auto req = std::find_if(all.begin(), all.end(), [&](const LessonProgress& p) { return p.lesson_id == id; });
        const std::string title = req == all.end() || req->title.empty() ? id : req->title;
        const int run = req == all.end() ? 0 : req->passes_in_a_row;
        const int needed = req == all.end() ? lesson.passes_needed : req->passes_needed;
        if (i > 0) text += i + 1 == lesson.missing_prerequisites.size() ? " and " : ", ";
        text += "'" + title + "' proficient (" + std::to_string(run) + " of " + std::to_string(needed) +
                (needed == 1 ? " pass" : " passes in a row") + " so far)";
    }
    if (text.empty()) text = "its prerequisites proficient";  // a Locked lesson always names one; defensive
    text = "needs " + text;
    if (lesson.pass_count > 0)
        text += "; your " + std::to_string(lesson.pass_count) + (lesson.pass_count == 1 ? " pass here counts" : " passes here count") +
                " once " + (lesson.missing_prerequisites.size() > 1 ? "they are" : "it is");
    return text;
}

bool curriculum_complete(const std::vector<LessonProgress>& progress) {
    bool any = false;
    for (const LessonProgress& p : progress) {
        if (!p.in_curriculum) continue;
        any = true;
        if (p.state != LessonState::Proficient) return false;
    }
    return any;
}

}  // namespace stipple
