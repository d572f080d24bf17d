// Writing files atomically (see atomic_file.hpp).
#include "atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "input_error.hpp"

namespace stipple {

void write_file_atomically(const std::string& path, const std::string& content, unsigned mode) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string temp_name = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    const int fd = ::mkstemp(temp_name.data());
    if (fd < 0) throw std::runtime_error(path + ": cannot create temporary file: " + std::strerror(errno));
    const char* data = content.data();
    size_t left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            const std::string why = std::strerror(errno);
            ::close(fd);
            ::unlink(temp_name.c_str());
            throw std::runtime_error(path + ": cannot write: " + why);
        }
        data += n;
        left -= static_cast<size_t>(n);
    }
    const bool synced = ::fchmod(fd, static_cast<mode_t>(mode & 07777)) == 0 && ::fsync(fd) == 0;
    const std::string sync_why = synced ? "" : std::strerror(errno);
    if (::close(fd) != 0 || !synced) {
        const std::string why = synced ? std::strerror(errno) : sync_why;
        ::unlink(temp_name.c_str());
        throw std::runtime_error(path + ": cannot write: " + why);
    }
    if (std::rename(temp_name.c_str(), path.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(temp_name.c_str());
        throw std::runtime_error(path + ": cannot replace file: " + why);
    }
}

std::string read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(ErrorCode::cannot_open, path, "", "cannot open file for reading");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

}  // namespace stipple
