// SQLite gradebook files under abuse (SQLite only: these are about the file): a FIFO is refused without
// hanging, a damaged page refuses the open before anything is written, and a user who cannot write reads
// without leaving -wal/-shm files behind.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "academy/gradebook.hpp"
#include "academy/sha256.hpp"
#include "academy_samples.hpp"
#include "scoring/input_error.hpp"

using namespace stipple;
using stipple::test::ScratchDir;
namespace fs = std::filesystem;

namespace {

std::string file_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("a FIFO, a socket-like or device path given as the gradebook is refused at once, never opened") {
    ScratchDir dir;
    const std::string fifo = (dir / "gradebook.sqlite").string();
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    CHECK_THROWS_WITH(Gradebook::open(fifo), Catch::Contains("not a Stipple gradebook (a FIFO)"));
    CHECK_THROWS_WITH(Gradebook::open_existing(fifo), Catch::Contains("a FIFO"));
    CHECK_THROWS_WITH(Gradebook::open("/dev/null"), Catch::Contains("not a Stipple gradebook (a device)"));
}

TEST_CASE("a gradebook with a damaged page is refused before anything is written") {
    const auto samples = test::make_samples();
    ScratchDir dir;
    const fs::path path = dir / "g.sqlite";
    {
        Gradebook book = Gradebook::open(path.string());
        book.add_trainee("ana");
        for (int n = 0; n < 12; ++n) book.record_attempt(test::sample_record(samples, "ana", n, n % 2 == 0));
    }
    REQUIRE_FALSE(fs::exists(path.string() + "-wal"));  // checkpointed at close: the file holds everything
    std::string bytes = file_bytes(path);
    REQUIRE(bytes.size() > 8 * 4096);
    std::fill(bytes.begin() + 5 * 4096, bytes.begin() + 6 * 4096, '\0');  // page 6 of the attempts' b-tree
    { std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes; }
    const std::string before = sha256_hex(file_bytes(path));

    try {
        Gradebook::open(path.string());
        FAIL("a damaged gradebook was opened");
    } catch (const InputError& e) {
        CHECK(e.code() == ErrorCode::not_a_gradebook);
        CHECK_THAT(std::string(e.what()), Catch::Contains("damaged: ") && Catch::Contains("nothing was written"));
    }
    CHECK(sha256_hex(file_bytes(path)) == before);
}

TEST_CASE("a user who cannot write the gradebook reads it and leaves no -wal or -shm behind") {
    const auto samples = test::make_samples();
    ScratchDir dir;
    const fs::path folder = dir / "shared";
    fs::create_directories(folder);
    const fs::path path = folder / "g.sqlite";
    {
        Gradebook book = Gradebook::open(path.string());
        book.add_trainee("ana");
        book.record_attempt(test::sample_record(samples, "ana", 0, true));
    }
    REQUIRE_FALSE(fs::exists(path.string() + "-wal"));
    chmod(dir.path().c_str(), 0755);
    chmod(folder.c_str(), 0777);  // the folder is shared: SQLite could create -wal/-shm there
    chmod(path.c_str(), 0444);

    // As root, the reader is "nobody" (root may write anything); otherwise this user, with a 0444 file.
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) _exit(10);
        int code = 0;
        try {
            Gradebook book = Gradebook::open_existing(path.string());
            if (book.attempts().size() != 1) code = 11;
            try {
                book.add_trainee("bob");
                code = 12;
            } catch (const InputError& e) {
                if (std::string(e.what()).find("read-only here: ask the gradebook's owner") == std::string::npos)
                    code = 13;
            }
        } catch (...) {
            code = 14;
        }
        _exit(code);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK_FALSE(fs::exists(path.string() + "-wal"));
    CHECK_FALSE(fs::exists(path.string() + "-shm"));
    chmod(path.c_str(), 0644);
    Gradebook owner = Gradebook::open(path.string());  // the owner's next write works
    owner.add_trainee("bob");
    CHECK(owner.trainees().size() == 2);
}
