// The sign-in screen's decisions, headless, on a real gradebook: the pick list and the offered trainee,
// typed versus selected names, the one trim rule, the academy's refusals worded for the screen, and the PIN
// with its lockout (minimum argon2 cost; times given, never waited for).
#include <catch2/catch.hpp>

#include <string>

#include "academy/gradebook.hpp"
#include "academy/people.hpp"
#include "sim/flow/signin_model.hpp"
#include "tests/test_support.hpp"

using namespace stipple;
using stipple::test::ScratchDir;

TEST_CASE("typed names lose spaces, tabs, CR and LF at both ends, nothing inside") {
    CHECK(trimmed_name(" \t ana lima\r\n") == "ana lima");
    CHECK(trimmed_name("\r\n\t ") == "");
    CHECK(trimmed_name("") == "");
    CHECK(trimmed_name("a\tb") == "a\tb");
}

TEST_CASE("the pick list holds active trainees by name and offers the newest when nobody has worked") {
    ScratchDir dir;
    Gradebook book = Gradebook::open((dir / "g.sqlite").string());
    CHECK(load_sign_in_list(book).active.empty());
    CHECK(load_sign_in_list(book).selected == -1);
    book.add_trainee("bo");
    book.add_trainee("ana");
    book.add_trainee("cy");
    book.archive_trainee("cy");
    const SignInList list = load_sign_in_list(book);
    REQUIRE(list.active.size() == 2);
    CHECK(list.active[0].name == "ana");
    CHECK(list.active[1].name == "bo");
    CHECK(list.selected == 0);  // ana came last among the active ones (cy is archived)
}

TEST_CASE("Enter signs in the typed name, else the selected one, and adds new trainees") {
    ScratchDir dir;
    Gradebook book = Gradebook::open((dir / "g.sqlite").string());
    book.add_trainee("ana");

    SignInResultOf r = sign_in(book, "  ana \r\n", std::string("bo"));  // typed wins over the selection
    CHECK(r.trainee == std::optional<std::string>("ana"));
    CHECK(r.error.empty());

    r = sign_in(book, " \t\r\n", std::string("ana"));  // blank by the one trim rule: the selection
    CHECK(r.trainee == std::optional<std::string>("ana"));

    r = sign_in(book, "\tDee ", std::nullopt);  // new: added to the gradebook, trimmed
    CHECK(r.trainee == std::optional<std::string>("Dee"));
    CHECK(book.find_trainee("Dee"));
    CHECK(book.trainees(true).size() == 2);
}

TEST_CASE("Enter refuses blank, long, control-character and archived names in the screen's words") {
    ScratchDir dir;
    Gradebook book = Gradebook::open((dir / "g.sqlite").string());
    book.add_trainee("cy");
    book.archive_trainee("cy");

    SignInResultOf r = sign_in(book, "\r\n", std::nullopt);
    CHECK_FALSE(r.trainee);
    CHECK(r.error == "Type your name");
    CHECK(sign_in(book, std::string(65, 'a'), std::nullopt).error == "Names are at most 64 characters");
    CHECK(sign_in(book, "a\x01" "b", std::nullopt).error == "Names cannot hold control characters");
    r = sign_in(book, " cy ", std::nullopt);
    CHECK_FALSE(r.trainee);
    CHECK(r.error == "cy is archived; ask your instructor to restore them");
    CHECK(book.trainees(true).size() == 1);  // nothing was added by a refusal
}

TEST_CASE("a trainee with a PIN signs in only with it; the list asks a PIN once PINs exist") {
    ScratchDir dir;
    Gradebook book = Gradebook::open((dir / "g.sqlite").string());
    const Trainee ana = book.add_trainee("ana");
    book.add_trainee("bo");
    CHECK_FALSE(load_sign_in_list(book).asks_pin);  // no PINs, no staff: as before
    set_credential(book.sql(), trainee_subject(ana.id), "482913", HashCost::minimum, open_mode_actor());
    CHECK(load_sign_in_list(book).asks_pin);
    CHECK(load_sign_in_list(book).adds_names);  // still open mode

    const double t0 = 1'800'000'000.0;
    CHECK(sign_in(book, "ana", std::nullopt, "", t0, HashCost::minimum).error == "Type your PIN");
    CHECK(sign_in(book, "ana", std::nullopt, "111111", t0, HashCost::minimum).error == "Wrong PIN (4 tries left)");
    SignInResultOf r = sign_in(book, "", std::string("ana"), "482913", t0, HashCost::minimum);
    CHECK(r.trainee == std::optional<std::string>("ana"));
    CHECK(r.error.empty());
    // bo has no PIN and there are no staff: bo still signs in by name alone
    CHECK(sign_in(book, "bo", std::nullopt, "", t0, HashCost::minimum).trainee == std::optional<std::string>("bo"));
}

TEST_CASE("five wrong PINs lock the trainee for five minutes, even against the right PIN") {
    ScratchDir dir;
    Gradebook book = Gradebook::open((dir / "g.sqlite").string());
    const Trainee ana = book.add_trainee("ana");
    set_credential(book.sql(), trainee_subject(ana.id), "482913", HashCost::minimum, open_mode_actor());
    const double t0 = 1'800'000'000.0;  // 2027-01-15T08:00:00Z
    for (int i = 1; i <= 4; ++i)
        CHECK(sign_in(book, "ana", std::nullopt, "000000", t0, HashCost::minimum).error ==
              "Wrong PIN (" + std::to_string(5 - i) + (i == 4 ? " try" : " tries") + " left)");
    CHECK(sign_in(book, "ana", std::nullopt, "000000", t0, HashCost::minimum).error ==
          "Wrong PIN: \"ana\" is locked until 08:05 UTC");
    CHECK(sign_in(book, "ana", std::nullopt, "482913", t0 + 299, HashCost::minimum).error ==
          "\"ana\" is locked until 08:05 UTC after 5 wrong tries");
    CHECK(sign_in(book, "ana", std::nullopt, "482913", t0 + 300, HashCost::minimum).trainee ==
          std::optional<std::string>("ana"));
    // the count starts again after a success: one wrong PIN leaves four tries
    CHECK(sign_in(book, "ana", std::nullopt, "000000", t0 + 301, HashCost::minimum).error == "Wrong PIN (4 tries left)");
}

TEST_CASE("once staff exist, new names are not added and a trainee without a PIN is sent to the instructor") {
    ScratchDir dir;
    Gradebook book = Gradebook::open((dir / "g.sqlite").string());
    book.add_trainee("bo");
    add_staff(book.sql(), "rui", "Rui", Role::admin, open_mode_actor());
    const SignInList list = load_sign_in_list(book);
    CHECK(list.asks_pin);
    CHECK_FALSE(list.adds_names);
    CHECK(sign_in(book, "Dee", std::nullopt, "123456", 0, HashCost::minimum).error ==
          "No trainee is called Dee; ask your instructor to add you");
    CHECK_FALSE(book.find_trainee("Dee"));
    CHECK(sign_in(book, "bo", std::nullopt, "123456", 0, HashCost::minimum).error ==
          "No PIN is set for bo; ask your instructor");
    CHECK(sign_in(book, "rui", std::nullopt, "123456", 0, HashCost::minimum).error ==
          "No trainee is called rui; ask your instructor to add you");  // a staff login is not a trainee
}
