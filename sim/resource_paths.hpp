// Where the program finds what it reads but never writes: the built-in lessons and assets (the resource
// folder) and the interface font. Found at run time, never compiled in:
//   resource folder: $STIPPLE_DATA_DIR when set and not empty, else ../share/stipple next to the executable's
//   folder (PREFIX/bin/stipple reads PREFIX/share/stipple). The build tree has the same layout (CMake links
//   build/share/stipple/lessons and assets to the source folders), so build/bin/stipple and the tests find
//   it the same way; ctest also names it in $STIPPLE_DATA_DIR for the end-to-end scripts.
//   font: $STIPPLE_FONT when set, else Debian's fonts-dejavu-core DejaVuSans.ttf.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace stipple {

// The rule, pure (the environment and the executable's path are passed in, so it is tested).
std::filesystem::path resource_dir_for(const char* env_data_dir, const std::filesystem::path& executable);
// The lessons folder: `--lessons DIR` when given and not empty, else RESOURCE_DIR/lessons.
std::filesystem::path lessons_dir_for(const std::optional<std::string>& cli_lessons_dir,
                                      const std::filesystem::path& resource_dir);
// The font file: $STIPPLE_FONT when set and not empty, else kDebianFontPath.
std::filesystem::path font_file_for(const char* env_font);

inline constexpr const char* kDebianFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
inline constexpr const char* kDebianFontPackage = "fonts-dejavu-core";

// The same rules for the running program (reads the environment and /proc/self/exe).
std::filesystem::path find_resource_dir();
std::filesystem::path find_lessons_dir(const std::optional<std::string>& cli_lessons_dir = std::nullopt);
std::filesystem::path find_font_file();

}  // namespace stipple
