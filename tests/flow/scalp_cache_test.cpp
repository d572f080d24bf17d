// The scalp picture cache (sim/flow/scalp_cache): a stored picture comes back pixel for pixel; a missing,
// damaged, short or foreign file is ignored and the picture baked and stored again; another lesson or
// picture has another key; writes leave no temporary files.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "sim/flow/scalp_cache.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

using namespace stipple;
namespace fs = std::filesystem;

namespace {

bool same_pixels(const sf::Image& a, const sf::Image& b) {
    if (a.getSize() != b.getSize()) return false;
    const std::size_t n = std::size_t(a.getSize().x) * a.getSize().y * 4;
    return std::equal(a.getPixelsPtr(), a.getPixelsPtr() + n, b.getPixelsPtr());
}

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}
void write_all(const fs::path& p, const std::string& data) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << data;
}

const ScalpPicture kSmall{{{-5, 75}, {5, 85}}, 8.0};  // 80 x 80 px of the classic hairline's forehead

}  // namespace

TEST_CASE("scalp cache: a baked picture is stored once and read back pixel for pixel", "[scalp_cache]") {
    test::ScratchDir dir;
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    const VirtualScalp scalp = generate_scalp(lesson);
    const sf::Image baked = bake_scalp_picture(lesson, scalp, kSmall);
    std::string note;
    const sf::Image first = cached_scalp_picture(lesson, scalp, kSmall, dir / "scalp", 1, &note);
    CHECK(note.empty());
    CHECK(same_pixels(first, baked));
    const std::string key = scalp_picture_key(lesson, kSmall);
    const fs::path file = scalp_picture_path(dir / "scalp", key);
    REQUIRE(fs::exists(file));
    CHECK(fs::file_size(file) == 16 + 64 + 8 + 80 * 80 * 3 + 8);
    int files = 0;
    for (const auto& entry : fs::directory_iterator(dir / "scalp")) files += entry.is_regular_file();
    CHECK(files == 1);  // no temporary file left behind

    // Read back from the file (a changed file's pixels would show: the cache is what is drawn).
    const std::optional<sf::Image> loaded = load_scalp_picture(file, key);
    REQUIRE(loaded);
    CHECK(same_pixels(*loaded, baked));
    CHECK(same_pixels(cached_scalp_picture(lesson, scalp, kSmall, dir / "scalp", 1), baked));
}

TEST_CASE("scalp cache: keys change with the lesson, the picture and nothing else", "[scalp_cache]") {
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    Lesson other_seed = lesson;
    other_seed.scalp.seed += 1;
    ScalpPicture finer = kSmall;
    finer.px_per_mm = 9.0;
    const std::string key = scalp_picture_key(lesson, kSmall);
    CHECK(key.size() == 64);
    CHECK(key == scalp_picture_key(test::shipped_lesson("hairline-classic"), kSmall));
    CHECK(key != scalp_picture_key(other_seed, kSmall));
    CHECK(key != scalp_picture_key(lesson, finer));
}

TEST_CASE("scalp cache: a damaged, short, foreign or empty file is ignored and baked again", "[scalp_cache]") {
    test::ScratchDir dir;
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    const VirtualScalp scalp = generate_scalp(lesson);
    const sf::Image baked = bake_scalp_picture(lesson, scalp, kSmall);
    const std::string key = scalp_picture_key(lesson, kSmall);
    const fs::path file = scalp_picture_path(dir.path(), key);
    save_scalp_picture(file, key, baked);
    const std::string good = read_all(file);

    std::string flipped = good;
    flipped[16 + 64 + 8 + 1000] ^= 0x10;  // one bit of one pixel
    std::string wrong_size = good;
    wrong_size[16 + 64] = char(81);       // the width says 81
    for (const std::string& bad : {flipped, good.substr(0, good.size() / 2), std::string(), wrong_size,
                                   std::string("STIPPLE-SCALP-1\n") + std::string(200, 'x')}) {
        write_all(file, bad);
        CHECK_FALSE(load_scalp_picture(file, key));
        CHECK(same_pixels(cached_scalp_picture(lesson, scalp, kSmall, dir.path(), 1), baked));
        CHECK(read_all(file) == good);  // baked and stored again
    }
    // Another key's file under this name (renamed by hand) is not taken either.
    CHECK_FALSE(load_scalp_picture(file, std::string(64, '0')));
    CHECK_FALSE(load_scalp_picture(dir / "missing.scalp", key));
}

TEST_CASE("scalp cache: a folder that cannot be written still gives the picture, with a note", "[scalp_cache]") {
    test::ScratchDir dir;
    write_all(dir / "file", "not a folder");
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    const VirtualScalp scalp = generate_scalp(lesson);
    std::string note;
    const sf::Image image = cached_scalp_picture(lesson, scalp, kSmall, dir / "file" / "scalp", 1, &note);
    CHECK(same_pixels(image, bake_scalp_picture(lesson, scalp, kSmall)));
    CHECK(note.rfind("could not keep the scalp picture: ", 0) == 0);
}
