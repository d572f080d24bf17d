// The sign-in screen's rules (see signin_model.hpp).
#include "sim/flow/signin_model.hpp"

namespace stipple {

namespace {
const Trainee* find_by_name(const std::vector<Trainee>& trainees, const std::string& name) {
    for (const Trainee& t : trainees)
        if (t.name == name) return &t;
    return nullptr;
}

std::string trimmed(const std::string& text) {
    const char* space = " \t\r\n";
    const std::size_t first = text.find_first_not_of(space);
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(space) - first + 1);
}
}  // namespace

std::optional<std::string> offered_trainee(const std::vector<Trainee>& trainees,
                                           const std::vector<AttemptRecord>& attempts) {
    const AttemptRecord* last = nullptr;
    for (const AttemptRecord& a : attempts) {
        const Trainee* t = find_by_name(trainees, a.trainee);
        if (t == nullptr || t->archived) continue;
        if (last == nullptr || a.id > last->id) last = &a;
    }
    if (last != nullptr) return last->trainee;
    const Trainee* newest = nullptr;
    for (const Trainee& t : trainees) {
        if (t.archived) continue;
        if (newest == nullptr || t.created > newest->created || (t.created == newest->created && t.id > newest->id))
            newest = &t;
    }
    if (newest != nullptr) return newest->name;
    return std::nullopt;
}

NameCheck check_trainee_name(const std::string& typed, const std::vector<Trainee>& trainees) {
    NameCheck check;
    check.name = trimmed(typed);
    if (check.name.empty()) {
        check.error = "Type your name";
        return check;
    }
    if (check.name.size() > 64) {
        check.error = "Names are at most 64 characters";
        return check;
    }
    for (const unsigned char c : check.name) {
        if (c < 0x20 || c == 0x7f) {
            check.error = "Names cannot hold control characters";
            return check;
        }
    }
    if (const Trainee* t = find_by_name(trainees, check.name)) {
        if (t->archived) {
            check.error = check.name + " is archived; ask your instructor to restore them";
        } else {
            check.existing = true;
        }
    }
    return check;
}

}  // namespace stipple
