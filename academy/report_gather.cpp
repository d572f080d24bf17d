// Reading one report's trainees, attempts, thumbnails (with comment markers), comments and summary from the
// gradebook.
#include "academy/report_gather.hpp"

#include <map>

#include "academy/attempt_thumbnail.hpp"
#include "academy/case_progress.hpp"
#include "academy/review_store.hpp"
#include "scoring/input_error.hpp"

namespace stipple {

ReportInput gather_report(const Gradebook& gradebook, const Curriculum& curriculum, const ReportRequest& request) {
    ReportInput in;
    in.academy_home = request.academy_home;
    in.curriculum_title = curriculum.title;
    in.generated = request.generated;

    std::vector<Trainee> trainees;
    if (request.trainee) {
        const auto t = gradebook.find_trainee(*request.trainee);
        if (!t)
            throw InputError(ErrorCode::unknown_trainee, gradebook.path(), "",
                             "no trainee named \"" + *request.trainee + "\"");
        in.focus = t->name;
        if (trainee_in_scope(request.scope, *t)) trainees.push_back(*t);
    } else {
        for (const Trainee& t : gradebook.trainees(request.include_archived))
            if (trainee_in_scope(request.scope, t)) trainees.push_back(t);
    }

    // The instructor's comments, read once: the one trainee's only when the report is theirs, else every
    // comment (a few per attempt at most), kept for the attempts the report shows.
    std::map<int64_t, std::vector<Comment>> comments;
    for (Comment& c : request.trainee ? (trainees.empty() ? std::vector<Comment>{}
                                                          : comments_for_trainee(gradebook, trainees.front().name))
                                      : all_comments(gradebook))
        comments[c.attempt_id].push_back(std::move(c));

    std::map<std::string, const Case*> known_cases;  // issue 14: the curriculum's cases give runs their verdict
    for (const CurriculumCase& c : curriculum.cases) known_cases[c.the_case.id] = &c.the_case;

    std::map<std::string, std::optional<Lesson>> lessons;  // by hash: each recorded version read once
    std::vector<AttemptRecord> counted;
    int not_counted = 0;
    for (const Trainee& t : trainees) {
        AttemptFilter filter;
        filter.trainee = t.name;
        filter.with_documents = true;
        TraineeReport r;
        r.trainee = t;
        r.attempts = attempts_in_scope(gradebook, request.scope, filter);
        r.progress = progress_from_gradebook_attempts(gradebook, curriculum, r.attempts);
        for (AttemptRecord& a : r.attempts) {
            auto [lesson, fresh] = lessons.try_emplace(a.lesson_hash);
            if (fresh) {
                try {
                    lesson->second = gradebook.lesson_as_recorded(a.lesson_hash);
                } catch (const InputError&) {
                    // A version this program no longer reads: that attempt has no picture.
                }
            }
            std::vector<ThumbnailMarker> markers;
            if (auto c = comments.find(a.id); c != comments.end()) {
                for (size_t i = 0; i < c->second.size(); ++i)
                    if (c->second[i].at_mm) markers.push_back({int(i + 1), *c->second[i].at_mm});
                r.comments[a.id] = std::move(c->second);
            }
            if (const auto dots = dots_of_attempt_json(a.attempt_json); dots && lesson->second)
                r.thumbnails[a.id] = attempt_thumbnail_svg(*lesson->second, *dots,
                                                           t.name + ", " + a.lesson_title + ", attempt " + std::to_string(a.id),
                                                           markers);
            a.attempt_json.clear();  // the page needs only the picture; keep memory flat
            if (attempt_counts(a)) counted.push_back(a);
            else ++not_counted;
        }
        CaseStepFilter steps_of;
        steps_of.trainee = t.name;
        const std::vector<CaseStepRecord> steps = case_steps_in_scope(gradebook, request.scope, steps_of);
        std::map<int64_t, bool> step_attempt_counts;
        for (const CaseStepRecord& s : steps)
            if (s.attempt_id && !step_attempt_counts.count(*s.attempt_id)) {
                const auto a = gradebook.attempt(*s.attempt_id);
                step_attempt_counts[*s.attempt_id] = a && attempt_counts(*a);
            }
        r.cases = case_runs(steps, known_cases, step_attempt_counts);
        in.trainees.push_back(std::move(r));
    }
    in.summary = summarize_attempts(counted, not_counted, curriculum, request.scope.cohort, request.scope.label);
    return in;
}

}  // namespace stipple
