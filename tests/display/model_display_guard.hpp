// For the model display tests: fails loudly without DISPLAY, and holds an X connection open for the test's
// life. An Xvfb started without -noreset resets whenever its last client leaves, and a connection attempt
// during that reset fails; holding a connection keeps SFML's own reconnects safe, and the first connection
// retries briefly (bounded: 2 s) to ride out a reset left by the previous test process.
#pragma once

#include <chrono>
#include <cstdlib>
#include <thread>

#include <catch2/catch.hpp>

extern "C" {
struct _XDisplay;
_XDisplay* XOpenDisplay(const char*);
int XCloseDisplay(_XDisplay*);
}

namespace stipple::test {

class ModelDisplayGuard {
public:
    ModelDisplayGuard() {
        const char* name = std::getenv("DISPLAY");
        if (name == nullptr || *name == '\0') FAIL("DISPLAY is not set: run the display tests under Xvfb");
        for (int attempt = 0; attempt < 100 && display_ == nullptr; ++attempt) {
            display_ = XOpenDisplay(name);
            if (display_ == nullptr) std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        if (display_ == nullptr) FAIL("cannot open X display " << name);
    }
    ~ModelDisplayGuard() {
        if (display_ != nullptr) XCloseDisplay(display_);
    }
    ModelDisplayGuard(const ModelDisplayGuard&) = delete;
    ModelDisplayGuard& operator=(const ModelDisplayGuard&) = delete;

private:
    _XDisplay* display_ = nullptr;
};

}  // namespace stipple::test
