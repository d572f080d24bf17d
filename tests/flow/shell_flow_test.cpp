// The app shell's flow: sign-in -> picker -> practice -> recorded -> picker, replay, sign-out and quit,
// as pure transitions. Headless.
#include <catch2/catch.hpp>

#include "sim/flow/app_shell_flow.hpp"

using namespace stipple;

namespace {
ShellState at_picker(const std::string& trainee = "ana") {
    return next_state(ShellState{}, SignedIn{trainee});
}
}  // namespace

TEST_CASE("signing in leads to the picker for that trainee - an empty name does not") {
    const ShellState s = at_picker();
    CHECK(s.screen == ShellScreen::Picker);
    CHECK(s.trainee == "ana");
    CHECK(next_state(ShellState{}, SignedIn{""}).screen == ShellScreen::SignIn);
}

TEST_CASE("an open lesson starts - a locked one stays on the picker and says why") {
    const ShellState s = at_picker();
    const ShellState practising = next_state(s, StartLesson{"crown-fill", true, ""});
    CHECK(practising.screen == ShellScreen::Practice);
    CHECK(practising.lesson_id == "crown-fill");
    CHECK(practising.trainee == "ana");
    CHECK_FALSE(practising.exam);
    CHECK(next_state(s, StartLesson{"crown-fill", true, "", true}).exam);

    const ShellState refused = next_state(s, StartLesson{"exam", false, "Needs Crown fill proficient first"});
    CHECK(refused.screen == ShellScreen::Picker);
    CHECK(refused.notice == "Needs Crown fill proficient first");
    CHECK(refused.notice_is_error);
}

TEST_CASE("a finished, recorded attempt returns to the picker with the lesson kept and a notice") {
    const ShellState practising = next_state(at_picker(), StartLesson{"crown-fill", true, ""});
    PracticeEnded done;
    done.finished = true;
    done.lesson_title = "Crown fill";
    done.total = 82.44;
    done.passed = true;
    done.recorded_id = 7;
    const ShellState back = next_state(practising, done);
    CHECK(back.screen == ShellScreen::Picker);
    CHECK(back.lesson_id == "crown-fill");
    CHECK(back.trainee == "ana");
    CHECK(back.notice == "Recorded: Crown fill 82.4 (passed)");
    CHECK_FALSE(back.notice_is_error);
}

TEST_CASE("a gradebook error is shown and names the kept attempt file") {
    const ShellState practising = next_state(at_picker(), StartLesson{"crown-fill", true, ""});
    PracticeEnded done;
    done.finished = true;
    done.lesson_title = "Crown fill";
    done.total = 40.0;
    done.record_error = "gb.sqlite: database is locked.";
    done.attempt_path = "/tmp/a.json";
    const ShellState back = next_state(practising, done);
    CHECK(back.screen == ShellScreen::Picker);
    CHECK(back.notice_is_error);
    CHECK(back.notice == "Not recorded in the gradebook: gb.sqlite: database is locked. The attempt is kept in /tmp/a.json");
}

TEST_CASE("quitting a lesson returns quietly - closing the window quits from any screen") {
    const ShellState practising = next_state(at_picker(), StartLesson{"crown-fill", true, ""});
    const ShellState back = next_state(practising, PracticeEnded{});
    CHECK(back.screen == ShellScreen::Picker);
    CHECK(back.notice.empty());
    PracticeEnded closed;
    closed.window_closed = true;
    CHECK(next_state(practising, closed).screen == ShellScreen::Quit);
    CHECK(next_state(ShellState{}, WindowClosed{}).screen == ShellScreen::Quit);
    CHECK(next_state(at_picker(), WindowClosed{}).screen == ShellScreen::Quit);
}

TEST_CASE("replay opens from the picker and comes back, with an error when it could not run") {
    const ShellState replaying = next_state(at_picker(), OpenReplay{12});
    CHECK(replaying.screen == ShellScreen::Replay);
    CHECK(replaying.attempt_id == 12);
    CHECK(next_state(replaying, ReplayEnded{}).screen == ShellScreen::Picker);
    const ShellState failed = next_state(replaying, ReplayEnded{false, "lesson missing"});
    CHECK(failed.notice == "Cannot replay: lesson missing");
    CHECK(failed.notice_is_error);
    CHECK(next_state(replaying, ReplayEnded{true, ""}).screen == ShellScreen::Quit);
}

TEST_CASE("signing out forgets the trainee - events out of place change nothing") {
    const ShellState out = next_state(at_picker(), SignOut{});
    CHECK(out.screen == ShellScreen::SignIn);
    CHECK(out.trainee.empty());
    const ShellState picker = at_picker();
    CHECK(next_state(picker, SignedIn{"bo"}).trainee == "ana");
    CHECK(next_state(picker, PracticeEnded{}).screen == ShellScreen::Picker);
    CHECK(next_state(picker, ReplayEnded{}).screen == ShellScreen::Picker);
    CHECK(next_state(ShellState{}, StartLesson{"x", true, ""}).screen == ShellScreen::SignIn);
    CHECK(next_state(ShellState{}, OpenReplay{1}).screen == ShellScreen::SignIn);
    CHECK(std::string(to_string(ShellScreen::Practice)) == "practice");
}

TEST_CASE("a case starts from the picker and comes back with its notice - a locked one says why") {
    const ShellState s = at_picker();
    const ShellState in_case = next_state(s, StartCase{"norwood-3-restoration", true, ""});
    CHECK(in_case.screen == ShellScreen::Case);
    CHECK(in_case.lesson_id == "norwood-3-restoration");
    CHECK(in_case.trainee == "ana");
    CHECK(std::string(to_string(in_case.screen)) == "case");
    CHECK(next_state(in_case, StartLesson{"crown-fill", true, ""}).screen == ShellScreen::Case);  // out of place

    const ShellState back = next_state(in_case, CaseEnded{false, "Case passed: 84.0 (protocol 90.0)", false});
    CHECK(back.screen == ShellScreen::Picker);
    CHECK(back.lesson_id == "norwood-3-restoration");  // the case row stays selected
    CHECK(back.notice == "Case passed: 84.0 (protocol 90.0)");
    CHECK(next_state(in_case, CaseEnded{true, "", false}).screen == ShellScreen::Quit);

    const ShellState refused = next_state(s, StartCase{"scar", false, "Needs Strip scar proficient first"});
    CHECK(refused.screen == ShellScreen::Picker);
    CHECK(refused.notice == "Needs Strip scar proficient first");
    CHECK(refused.notice_is_error);
    CHECK(next_state(s, CaseEnded{false, "x", false}).notice.empty());  // no case on the picker: nothing changes
}
