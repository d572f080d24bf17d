// The sign-in screen's decisions (see signin_model.hpp). The name rule and the "archived" refusal are the
// academy's (trainee_name.hpp, Gradebook::ensure_active_trainee); this file only words them for the screen.
#include "sim/flow/signin_model.hpp"

#include <cctype>
#include <chrono>
#include <exception>

#include "academy/people.hpp"
#include "academy/sql_connection.hpp"
#include "academy/trainee_name.hpp"
#include "scoring/input_error.hpp"

namespace stipple {

namespace {
const Trainee* find_by_name(const std::vector<Trainee>& trainees, const std::string& name) {
    for (const Trainee& t : trainees)
        if (t.name == name) return &t;
    return nullptr;
}
}  // namespace

std::string trimmed_name(const std::string& typed) {
    const char* space = " \t\r\n";
    const std::size_t first = typed.find_first_not_of(space);
    if (first == std::string::npos) return "";
    return typed.substr(first, typed.find_last_not_of(space) - first + 1);
}

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

SignInList load_sign_in_list(const Gradebook& gradebook) {
    SignInList list;
    list.active = gradebook.trainees(false);
    const std::optional<std::string> offered = offered_trainee(gradebook.trainees(true), gradebook.attempts());
    for (std::size_t i = 0; offered && i < list.active.size(); ++i)
        if (list.active[i].name == *offered) list.selected = static_cast<int>(i);
    SqlConnection& sql = gradebook.sql();
    list.adds_names = !has_staff(sql);
    list.asks_pin = !list.adds_names || any_trainee_credential(sql);
    return list;
}

namespace {

// The PIN check for an existing, active trainee: "" when they may go on, else why not in the screen's words.
std::string pin_refusal(SqlConnection& sql, const Trainee& t, const std::string& pin, double now_s, HashCost cost) {
    if (!has_credential(sql, trainee_subject(t.id)))
        return has_staff(sql) ? "No PIN is set for " + t.name + "; ask your instructor" : "";
    if (pin.empty()) return "Type your PIN";
    if (now_s == 0)
        now_s = std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
    try {
        authenticate_trainee(sql, t.name, pin, now_s, cost);
    } catch (const SignInRefused& e) {
        std::string why = e.what();
        if (!why.empty()) why[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(why[0])));
        return why;
    }
    return "";
}

}  // namespace

SignInResultOf sign_in(Gradebook& gradebook, const std::string& typed, const std::optional<std::string>& selected,
                       const std::string& pin, double now_s, HashCost cost) {
    SignInResultOf result;
    std::string name = trimmed_name(typed);
    if (name.empty()) {
        if (!selected) {
            result.error = "Type your name";
            return result;
        }
        name = *selected;
    }
    switch (trainee_name_fault(name)) {
        case TraineeNameFault::too_long: result.error = "Names are at most 64 characters"; return result;
        case TraineeNameFault::control_char: result.error = "Names cannot hold control characters"; return result;
        case TraineeNameFault::invalid_utf8: result.error = "Names must be valid UTF-8"; return result;
        case TraineeNameFault::format_char:
            result.error = "Names cannot hold line separators or direction overrides";
            return result;
        case TraineeNameFault::empty:       // not after trimming
        case TraineeNameFault::edge_space:  // not after trimming
        case TraineeNameFault::none: break;
    }
    try {
        SqlConnection& sql = gradebook.sql();
        const std::optional<Trainee> known = gradebook.find_trainee(name);
        if (!known && has_staff(sql)) {
            result.error = "No trainee is called " + name + "; ask your instructor to add you";
            return result;
        }
        const Trainee t = gradebook.ensure_active_trainee(name);
        if (const std::string why = pin_refusal(sql, t, pin, now_s, cost); !why.empty()) {
            result.error = why;
            return result;
        }
        result.trainee = t.name;
    } catch (const InputError& e) {
        if (e.code() == ErrorCode::trainee_archived) result.error = name + " is archived; ask your instructor to restore them";
        else result.error = e.what();
    } catch (const std::exception& e) {
        result.error = e.what();
    }
    return result;
}

}  // namespace stipple
