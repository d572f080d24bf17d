// libFuzzer target: the curriculum reader. Each input is written as curriculum.json into a scratch folder
// that holds copies of the shipped lessons, so the fuzzer can name real lesson files (and broken ones).
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "fuzz_support.hpp"
#include "scoring/curriculum.hpp"
#include "scoring/lesson_hints.hpp"

namespace {
std::filesystem::path scratch;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    namespace fs = std::filesystem;
    scratch = fs::temp_directory_path() / ("stipple-fuzz-curriculum-" + std::to_string(::getpid()));
    fs::create_directories(scratch);
    std::atexit([] {
        std::error_code ec;
        std::filesystem::remove_all(scratch, ec);
    });
    for (const auto& entry : fs::directory_iterator(fs::path(STIPPLE_SOURCE_DIR) / "lessons"))
        if (entry.path().extension() == ".json" && entry.path().filename() != "curriculum.json")
            fs::copy_file(entry.path(), scratch / entry.path().filename(), fs::copy_options::overwrite_existing);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace stipple;
    const std::string path = (scratch / "curriculum.json").string();
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    try {
        const Curriculum c = load_curriculum(path);
        if (c.lessons.empty()) __builtin_trap();
    } catch (const InputError& e) {
        (void)hint_for_curriculum_error(e);
    }
    return 0;
}
