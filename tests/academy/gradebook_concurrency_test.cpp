// Two processes writing the same gradebook at once, and a writer killed mid-batch (SIGKILL).
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <set>

#include "academy/sqlite_db.hpp"
#include "academy_samples.hpp"

using namespace stipple;
using stipple::test::ScratchDir;

namespace {

// Child process body: records every input, returns the exit status (never throws).
int record_all(const std::string& path, const std::vector<RecordInput>& inputs) {
    try {
        Gradebook book = Gradebook::open(path);
        for (const RecordInput& in : inputs) book.record_attempt(in);
        return 0;
    } catch (...) {
        return 2;
    }
}

// Child process body: records attempt 0, 1, 2, ... of `trainee` without end, reporting each id on `report_fd`
// once committed. It only stops when killed (or on an error: exit status 2).
int record_until_killed(const std::string& path, const test::AcademySamples& samples, const std::string& trainee,
                        int report_fd) {
    try {
        Gradebook book = Gradebook::open(path);
        for (int i = 0;; ++i) {
            const int64_t id = book.record_attempt(test::sample_record(samples, trainee, i, i % 2 == 0));
            if (write(report_fd, &id, sizeof id) != static_cast<ssize_t>(sizeof id)) return 3;
        }
    } catch (...) {
        return 2;
    }
}

std::string integrity(const Gradebook& book) {
    Statement q(book.handle(), "PRAGMA integrity_check");
    q.step();
    return q.text(0);
}

}  // namespace

TEST_CASE("two processes recording into one gradebook at once lose nothing") {
    constexpr int kPerProcess = 15;
    const auto samples = test::make_samples("first-dots-depth");
    ScratchDir dir;
    const std::string path = (dir / "shared.sqlite").string();
    {
        Gradebook book = Gradebook::open(path);
        book.add_trainee("ana");
        book.add_trainee("bob");
    }
    std::vector<RecordInput> ana, bob;
    for (int i = 0; i < kPerProcess; ++i) {
        ana.push_back(test::sample_record(samples, "ana", i, i % 3 != 0));
        bob.push_back(test::sample_record(samples, "bob", i, i % 2 == 0));
    }
    std::vector<pid_t> children;
    for (const auto* inputs : {&ana, &bob}) {
        const pid_t pid = fork();
        REQUIRE(pid >= 0);
        if (pid == 0) _exit(record_all(path, *inputs));
        children.push_back(pid);
    }
    for (pid_t pid : children) {
        int status = 0;
        REQUIRE(waitpid(pid, &status, 0) == pid);
        CHECK(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0);
    }

    Gradebook book = Gradebook::open(path);
    CHECK(book.attempts().size() == 2 * kPerProcess);
    AttemptFilter only_ana;
    only_ana.trainee = "ana";
    CHECK(book.attempts(only_ana).size() == kPerProcess);
    std::set<std::string> registrations;
    for (const AttemptRecord& a : book.attempts()) registrations.insert(a.registration);
    CHECK(registrations.size() == 2 * kPerProcess);
    CHECK(integrity(book) == "ok");
}

TEST_CASE("a writer killed mid-batch loses no committed attempt and leaves the gradebook consistent") {
    constexpr int kSeenBeforeKill = 5;
    const auto samples = test::make_samples("first-dots-depth");
    ScratchDir dir;
    const std::string path = (dir / "crash.sqlite").string();
    {
        Gradebook book = Gradebook::open(path);
        book.add_trainee("ana");
    }
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        _exit(record_until_killed(path, samples, "ana", fds[1]));
    }
    close(fds[1]);
    // Each id arrives after its transaction committed; kill the writer while it carries on.
    std::vector<int64_t> committed;
    int64_t id = 0;
    while (committed.size() < kSeenBeforeKill && read(fds[0], &id, sizeof id) == static_cast<ssize_t>(sizeof id))
        committed.push_back(id);
    REQUIRE(kill(pid, SIGKILL) == 0);
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    while (read(fds[0], &id, sizeof id) == static_cast<ssize_t>(sizeof id)) committed.push_back(id);
    close(fds[0]);
    REQUIRE(committed.size() >= kSeenBeforeKill);
    REQUIRE(WIFSIGNALED(status));  // the writer never stops by itself

    Gradebook book = Gradebook::open(path);
    CHECK(integrity(book) == "ok");
    for (int64_t c : committed) {
        const auto a = book.attempt(c);
        REQUIRE(a);
        CHECK_FALSE(a->registration.empty());  // written in the same transaction as the row
    }
    const auto all = book.attempts();
    CHECK(all.size() >= committed.size());
    for (const AttemptRecord& a : all) CHECK_FALSE(a.registration.empty());  // no half-written attempt
    // The writer records attempt 0, 1, 2, ...: what is there is a prefix. Recording that prefix again and a few
    // more records only the new ones.
    const size_t rerun = all.size() + 3;
    for (size_t i = 0; i < rerun; ++i) book.record_attempt(test::sample_record(samples, "ana", int(i), i % 2 == 0));
    CHECK(book.attempts().size() == rerun);
}
