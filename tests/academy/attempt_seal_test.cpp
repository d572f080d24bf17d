// The attempt seal: HMAC-SHA256 against RFC 4231; any field or dot it covers breaks it; another gradebook's
// seal is reported as such; and judge_attempt's verdicts (demo files never count, vouching, broken seals).
#include <catch2/catch.hpp>

#include <string>

#include "academy/attempt_integrity.hpp"
#include "academy/attempt_seal.hpp"
#include "scoring/attempt_io.hpp"

using namespace stipple;

namespace {

std::string bytes(std::initializer_list<int> list) {
    std::string s;
    for (int b : list) s += static_cast<char>(b);
    return s;
}

const std::string kGradebook = "0b5d4c2e-8f31-4a7c-9e55-2d1f6a0c9b11";
const std::string kLessonHash = std::string(64, 'a');
const std::string kUid = "8d3f2a10-5b6c-8e7f-9a0b-1c2d3e4f5a6b";

Attempt sample_attempt() {
    Attempt a;
    a.lesson = "hairline-classic";
    a.trainee = "ana";
    a.started = "2026-11-24T10:00:00.000Z";
    a.finished = "2026-11-24T10:05:00.000Z";
    a.mode = "exam";
    a.input = "pen";
    a.dots = {{1.0, 2.0, 0.8, 1.5}, {1.5, 2.5, 0.9, 2.0}, {-3.0, 4.0, 0.85, 7.25}};
    return a;
}

Attempt sealed(Attempt a, const std::string& key) {
    a.seal = make_seal(seal_fields(a, kGradebook, kLessonHash, kUid), key);
    return a;
}

SealCheck check(const Attempt& a, const std::string& key, const std::string& gradebook = kGradebook) {
    return verify_seal(a.seal, seal_fields(a, gradebook, kLessonHash, kUid), key);
}

}  // namespace

TEST_CASE("HMAC-SHA256 matches the RFC 4231 test vectors") {
    CHECK(hmac_sha256_hex(std::string(20, '\x0b'), "Hi There") ==
          "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    CHECK(hmac_sha256_hex("Jefe", "what do ya want for nothing?") ==
          "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    CHECK(hmac_sha256_hex(std::string(20, '\xaa'), std::string(50, '\xdd')) ==
          "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    CHECK(hmac_sha256_hex(bytes({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25}),
                          std::string(50, '\xcd')) ==
          "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    CHECK(hmac_sha256_hex(std::string(20, '\x0c'), "Test With Truncation").substr(0, 32) ==
          "a3b6167473100ee06e0c796c2955552b");
    CHECK(hmac_sha256_hex(std::string(131, '\xaa'), "Test Using Larger Than Block-Size Key - Hash Key First") ==
          "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    CHECK(hmac_sha256_hex(std::string(131, '\xaa'),
                          "This is a test using a larger than block-size key and a larger than block-size data. The key "
                          "needs to be hashed before being used by the HMAC algorithm.") ==
          "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
}

TEST_CASE("seal keys are 32 random bytes kept as hex, named by a short id") {
    const std::string hex = new_seal_key_hex();
    CHECK(hex.size() == 64);
    CHECK(new_seal_key_hex() != hex);
    const auto key = seal_key_from_hex(hex);
    REQUIRE(key);
    CHECK(key->size() == 32);
    CHECK_FALSE(seal_key_from_hex(hex.substr(1)));
    CHECK_FALSE(seal_key_from_hex(std::string(64, 'g')));
    CHECK(seal_key_id("Jefe") == "005725b48609");  // sha256("Jefe")
}

TEST_CASE("the seal payload is fixed compact JSON, and the seal survives a save and a load") {
    const Attempt a = sample_attempt();
    CHECK(seal_payload(seal_fields(a, kGradebook, kLessonHash, kUid)) ==
          "stipple-seal/1\n{\"gradebook\":\"" + kGradebook + "\",\"lesson\":\"hairline-classic\",\"lesson_hash\":\"" +
              kLessonHash + "\",\"trainee_uid\":\"" + kUid +
              "\",\"mode\":\"exam\",\"input\":\"pen\",\"started\":\"2026-11-24T10:00:00.000Z\",\"finished\":"
              "\"2026-11-24T10:05:00.000Z\",\"content\":\"" +
              seal_fields(a, kGradebook, kLessonHash, kUid).content + "\",\"last_t\":7.25}");
    const std::string key(32, 'k');
    const Attempt s = sealed(a, key);
    CHECK(s.seal["alg"] == "hmac-sha256");
    CHECK(s.seal["key_id"] == seal_key_id(key));
    CHECK(s.seal["mac"].get<std::string>().size() == 64);
    CHECK(check(s, key) == SealCheck::ok);
    const Attempt reread = attempt_from_json(nlohmann::json::parse(attempt_to_json(s).dump(2)), "a.json");
    CHECK(reread.mode == std::optional<std::string>("exam"));
    CHECK(reread.finished == std::optional<std::string>("2026-11-24T10:05:00.000Z"));
    CHECK(check(reread, key) == SealCheck::ok);
}

TEST_CASE("any field or dot the seal covers breaks it when changed") {
    const std::string key(32, 'k');
    const Attempt s = sealed(sample_attempt(), key);
    auto broken = [&](auto change) {
        Attempt a = s;
        change(a);
        return check(a, key);
    };
    CHECK(broken([](Attempt& a) { a.dots[1].x += 0.01; }) == SealCheck::bad_mac);
    CHECK(broken([](Attempt& a) { a.dots[2].depth_mm = 0.5; }) == SealCheck::bad_mac);
    CHECK(broken([](Attempt& a) { a.dots.pop_back(); }) == SealCheck::bad_mac);
    CHECK(broken([](Attempt& a) { a.dots[2].t = 700.0; }) == SealCheck::bad_mac);  // the last time: the duration
    CHECK(broken([](Attempt& a) { a.mode = "practice"; }) == SealCheck::bad_mac);
    CHECK(broken([](Attempt& a) { a.mode.reset(); }) == SealCheck::bad_mac);
    CHECK(broken([](Attempt& a) { a.input = "mouse"; }) == SealCheck::bad_mac);
    CHECK(broken([](Attempt& a) { a.started = "2026-11-24T11:00:00.000Z"; }) == SealCheck::bad_mac);
    CHECK(broken([](Attempt& a) { a.finished.reset(); }) == SealCheck::bad_mac);
    CHECK(broken([](Attempt& a) { a.lesson = "crown-density"; }) == SealCheck::bad_mac);
    CHECK(broken([](Attempt& a) { a.seal["lesson_hash"] = std::string(64, 'b'); }) == SealCheck::bad_mac);
    CHECK(broken([](Attempt& a) { a.seal["mac"] = std::string(64, '0'); }) == SealCheck::bad_mac);
    CHECK(broken([](Attempt& a) { a.seal["mac"] = "zz"; }) == SealCheck::malformed);
    CHECK(broken([](Attempt& a) { a.seal["alg"] = "none"; }) == SealCheck::malformed);
    CHECK(broken([](Attempt& a) { a.seal.erase("mac"); }) == SealCheck::malformed);
    CHECK(broken([](Attempt& a) { a.seal = nullptr; }) == SealCheck::no_seal);
    // The same dots in another order, or the trainee's display name: not covered, so not broken.
    CHECK(broken([](Attempt& a) { std::swap(a.dots[0], a.dots[2]); }) == SealCheck::ok);
    CHECK(broken([](Attempt& a) { a.trainee = "ana renamed"; }) == SealCheck::ok);
    // Another trainee's uid (someone importing ana's file as theirs).
    CHECK(verify_seal(s.seal, seal_fields(s, kGradebook, kLessonHash, "other-uid"), key) == SealCheck::bad_mac);
    // A valid seal for another version of the lesson.
    CHECK(verify_seal(s.seal, seal_fields(s, kGradebook, std::string(64, 'c'), kUid), key) == SealCheck::other_lesson);
}

TEST_CASE("another gradebook's seal is reported as such") {
    const std::string key(32, 'k');
    const Attempt s = sealed(sample_attempt(), key);
    CHECK(check(s, key, "another-gradebook-id") == SealCheck::other_gradebook);
    CHECK(check(s, std::string(32, 'j')) == SealCheck::other_gradebook);  // same id, another key
    CHECK(check(s, "") == SealCheck::other_gradebook);                    // this gradebook has no key
}

TEST_CASE("judge_attempt: demo files never count, a valid seal does, vouching covers unsealed files only") {
    const std::string key(32, 'k');
    IntegrityContext ctx{kGradebook, key, kUid, kLessonHash, ""};
    const Attempt s = sealed(sample_attempt(), key);
    CHECK(judge_attempt(s, ctx).verification == Verification::Sealed);
    CHECK(judge_attempt(s, ctx).note.empty());

    Attempt demo = sample_attempt();
    demo.input = "generated";
    CHECK(judge_attempt(demo, ctx).verification == Verification::Unverified);
    CHECK(judge_attempt(demo, ctx).note == "made by stipple demo");
    Attempt demo_as_pen = s;  // a sealed attempt can only be "generated" if the seal says so
    demo_as_pen.input = "generated";
    CHECK(judge_attempt(demo_as_pen, ctx).note == "made by stipple demo");
    Attempt edited = demo;  // a demo file edited to "pen" has no valid seal
    edited.input = "pen";
    CHECK(judge_attempt(edited, ctx).verification == Verification::Unverified);
    CHECK(judge_attempt(edited, ctx).note == "no integrity record");

    Attempt tampered = s;
    tampered.dots[0].depth_mm = 0.9;
    CHECK(judge_attempt(tampered, ctx).note == "integrity record does not match (changed after it was sealed)");

    IntegrityContext vouched = ctx;
    vouched.vouched_by = "mia";
    CHECK(judge_attempt(edited, vouched).verification == Verification::Sealed);
    CHECK(judge_attempt(edited, vouched).note == "vouched by mia");
    CHECK(judge_attempt(demo, vouched).verification == Verification::Unverified);     // never for "generated"
    CHECK(judge_attempt(tampered, vouched).verification == Verification::Unverified); // nor a broken seal

    CHECK(counts_toward_progress(Verification::App));
    CHECK(counts_toward_progress(Verification::Sealed));
    CHECK(counts_toward_progress(Verification::Legacy));
    CHECK_FALSE(counts_toward_progress(Verification::Pending));
    CHECK_FALSE(counts_toward_progress(Verification::Unverified));
    CHECK(verification_from_string("legacy") == Verification::Legacy);
    CHECK(same_work_note(7, "bob") == "same work as attempt 7 (bob)");
}

TEST_CASE("a seal made before choices and design lines existed still verifies, with the same MAC") {
    const std::string key(32, 'k');
    const Attempt s = sealed(sample_attempt(), key);
    // The MAC the dots-only seal gave this attempt before choices and design lines were covered.
    CHECK(s.seal["mac"] == "32d48fbca6e4c4112a6e3d6bd9e8675d08dd4200d4098e1ddcb66479de28ff2e");
    CHECK(check(s, key) == SealCheck::ok);
}

TEST_CASE("a sealed choice or design line edited afterwards breaks the seal and is not verified") {
    const std::string key(32, 'k');
    Attempt chosen = sample_attempt();
    chosen.choice = SessionChoice{"1203RL", "dark"};
    const Attempt s = sealed(chosen, key);
    CHECK(check(s, key) == SealCheck::ok);
    Attempt forged = s;  // a wrong shade swapped for the right one after sealing
    forged.choice->shade = "light";
    CHECK(check(forged, key) == SealCheck::bad_mac);
    Attempt needle = s;
    needle.choice->needle = "0803RL";
    CHECK(check(needle, key) == SealCheck::bad_mac);
    Attempt dropped = s;
    dropped.choice.reset();
    CHECK(check(dropped, key) == SealCheck::bad_mac);
    Attempt added = sealed(sample_attempt(), key);  // a choice added to work sealed without one
    added.choice = SessionChoice{"1203RL", "light"};
    CHECK(check(added, key) == SealCheck::bad_mac);

    const IntegrityContext context{kGradebook, key, kUid, kLessonHash, ""};
    CHECK(judge_attempt(s, context).verification == Verification::Sealed);
    const AttemptVerdict v = judge_attempt(forged, context);
    CHECK(v.verification == Verification::Unverified);
    CHECK(v.note == "integrity record does not match (changed after it was sealed)");
    // An instructor vouching for unsealed files does not rescue a broken seal.
    CHECK(judge_attempt(forged, IntegrityContext{kGradebook, key, kUid, kLessonHash, "ines"}).verification ==
          Verification::Unverified);

    Attempt design;
    design.lesson = "hairline-design-young";
    design.mode = "exam";
    design.design_line = Polyline{{-60.0, 40.0}, {0.0, 70.0}, {60.0, 41.0}};
    const Attempt d = sealed(design, key);
    CHECK(check(d, key) == SealCheck::ok);
    Attempt lowered = d;  // the drawn hairline moved after sealing
    (*lowered.design_line)[1].y -= 5.0;
    CHECK(check(lowered, key) == SealCheck::bad_mac);
    CHECK(judge_attempt(lowered, context).verification == Verification::Unverified);
    Attempt extra = d;
    extra.design_line->push_back({70.0, 30.0});
    CHECK(check(extra, key) == SealCheck::bad_mac);
}
