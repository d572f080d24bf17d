// academy push: batches of 50, 200/204/409 done, 429/5xx/no answer retried after 1, 2, 4, 8, 16 s (the wait
// is injected: no clock), anything else refused at once naming the URL and the answer.
#include <catch2/catch.hpp>

#include <stdexcept>
#include <vector>

#include "academy/lrs_push.hpp"

using namespace stipple;
using nlohmann::ordered_json;

namespace {

ordered_json statements(int n) {
    ordered_json all = ordered_json::array();
    for (int i = 0; i < n; ++i) all.push_back({{"id", i}});
    return all;
}

// An LRS that gives the listed answers in turn (then 200), recording each body and the waits asked for.
struct FakeLrs {
    std::vector<long> answers;
    std::vector<std::string> bodies;
    std::vector<double> waits;
    std::string authorization;
    LrsPost post() {
        return [this](const std::string&, const std::string& auth, const std::string& body) {
            authorization = auth;
            bodies.push_back(body);
            const long status = bodies.size() <= answers.size() ? answers[bodies.size() - 1] : 200;
            return LrsAnswer{status, status == 0 ? "Connection refused" : "{\"error\":\"busy\"}"};
        };
    }
    LrsWait wait() {
        return [this](double s) { waits.push_back(s); };
    }
};

}  // namespace

TEST_CASE("push: batches of 50, each done once accepted, progress reported per batch", "[lrs]") {
    FakeLrs lrs;
    lrs.answers = {200, 409, 204};
    std::vector<std::size_t> progress;
    const LrsPushResult r = push_statements(statements(120), "http://lrs/statements", "Basic x", lrs.post(),
                                            lrs.wait(), [&](std::size_t n) { progress.push_back(n); });
    CHECK(r.statements == 120);
    CHECK(r.batches == 3);
    CHECK(r.retries == 0);
    REQUIRE(lrs.bodies.size() == 3);
    CHECK(nlohmann::json::parse(lrs.bodies[0]).size() == 50);
    CHECK(nlohmann::json::parse(lrs.bodies[2]).size() == 20);
    CHECK(nlohmann::json::parse(lrs.bodies[2])[0]["id"] == 100);
    CHECK(progress == std::vector<std::size_t>{50, 100, 120});
    CHECK(lrs.waits.empty());
    CHECK(lrs.authorization == "Basic x");
}

TEST_CASE("push: 503, 429 and no answer are retried after 1, 2, 4 s; five failures then give up", "[lrs]") {
    FakeLrs lrs;
    lrs.answers = {503, 429, 0, 200};
    const LrsPushResult r = push_statements(statements(3), "http://lrs/statements", "", lrs.post(), lrs.wait());
    CHECK(r.retries == 3);
    CHECK(lrs.waits == std::vector<double>{1, 2, 4});
    CHECK(lrs.bodies.size() == 4);
    CHECK(lrs.bodies[0] == lrs.bodies[3]);  // the same batch again

    FakeLrs down;
    down.answers = {500, 500, 500, 500, 500, 500, 500};
    try {
        push_statements(statements(3), "http://lrs/statements", "", down.post(), down.wait());
        FAIL("no error");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()) == "http://lrs/statements: gave up after 6 tries: HTTP 500: {\"error\":\"busy\"}");
    }
    CHECK(down.waits == std::vector<double>{1, 2, 4, 8, 16});
}

TEST_CASE("push: a refusal stops at once, batches before it stay done", "[lrs]") {
    FakeLrs lrs;
    lrs.answers = {200, 400};
    std::vector<std::size_t> progress;
    CHECK_THROWS_WITH(push_statements(statements(60), "http://lrs/statements", "", lrs.post(), lrs.wait(),
                                      [&](std::size_t n) { progress.push_back(n); }),
                      "http://lrs/statements: the LRS refused statements 51-60: HTTP 400: {\"error\":\"busy\"}");
    CHECK(progress == std::vector<std::size_t>{50});
    CHECK(lrs.waits.empty());
}

TEST_CASE("push: the statements URL and Basic auth", "[lrs]") {
    CHECK(lrs_statements_url("https://lrs.example/xapi") == "https://lrs.example/xapi/statements");
    CHECK(lrs_statements_url("https://lrs.example/xapi/") == "https://lrs.example/xapi/statements");
    CHECK(lrs_statements_url("http://127.0.0.1:8080/xapi/statements") == "http://127.0.0.1:8080/xapi/statements");
    CHECK_THROWS_AS(lrs_statements_url("file:///etc/passwd"), std::invalid_argument);
    CHECK(lrs_basic_authorization("key:secret\n") == "Basic a2V5OnNlY3JldA==");
    CHECK(lrs_basic_authorization("ab:c") == "Basic YWI6Yw==");
    CHECK(lrs_basic_authorization("a:bcd") == "Basic YTpiY2Q=");
}
