// Secrets from a private file or the terminal without echo (see secret_input.hpp).
#include "sim/cli/secret_input.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include "scoring/input_error.hpp"

namespace stipple {

namespace {

std::string octal_mode(unsigned mode) {
    char text[8];
    std::snprintf(text, sizeof text, "%04o", mode & 07777);
    return text;
}

std::string without_line_end(std::string line) {
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    return line;
}

// Asks on /dev/tty with echo off; InputError when there is no terminal.
std::string ask_on_terminal(const std::string& prompt) {
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        throw InputError("/dev/tty", "", "no terminal to ask for the secret on: give --password-file FILE (mode 0600)");
    termios saved{};
    const bool is_tty = ::tcgetattr(fd, &saved) == 0;
    if (is_tty) {
        termios quiet = saved;
        quiet.c_lflag &= static_cast<tcflag_t>(~(ECHO | ECHONL));
        quiet.c_lflag |= ICANON;
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    (void)!::write(fd, prompt.data(), prompt.size());
    std::string line;
    char c = 0;
    while (true) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0 || c == '\n') break;
        if (line.size() < 4096) line += c;
    }
    if (is_tty) ::tcsetattr(fd, TCSAFLUSH, &saved);
    (void)!::write(fd, "\n", 1);
    ::close(fd);
    return without_line_end(line);
}

}  // namespace

std::string secret_file_fault(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return std::string("cannot read the secret file: ") + std::strerror(errno);
    if (!S_ISREG(st.st_mode)) return "the secret file is not a regular file";
    if ((st.st_mode & 077) != 0)
        return "the secret file is open to others (mode " + octal_mode(st.st_mode) + "); chmod 600 it";
    return "";
}

std::string read_secret(const std::string& file, const std::string& prompt) {
    if (file.empty()) return ask_on_terminal(prompt);
    if (const std::string fault = secret_file_fault(file); !fault.empty()) throw InputError(file, "", fault);
    std::ifstream in(file, std::ios::binary);
    std::string line;
    if (!in || !std::getline(in, line))
        throw InputError(ErrorCode::cannot_open, file, "", "cannot read the secret (an empty file?)");
    return without_line_end(line);
}

std::string read_new_secret(const std::string& file, const std::string& prompt) {
    if (!file.empty()) return read_secret(file, prompt);
    const std::string first = ask_on_terminal(prompt);
    if (ask_on_terminal("Again: ") != first)
        throw InputError("/dev/tty", "", "the two entries differ; nothing was changed");
    return first;
}

}  // namespace stipple
