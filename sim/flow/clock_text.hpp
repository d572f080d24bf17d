// How the app writes a time in whole seconds, one rule for every screen: time that has passed (the session
// clock, a replay, a history row's duration) counts the seconds completed (48.7 s is 0:48 everywhere), time
// that is left (an exam's countdown, its limit) counts the seconds begun (0.2 s left is 0:01, never 0:00
// while time remains).
#pragma once

#include <string>

namespace stipple {

long long whole_seconds_elapsed(double seconds);  // floor, never below 0
long long whole_seconds_left(double seconds);     // ceil, never below 0
// "M:SS" (minutes past 59 stay minutes: "75:00").
std::string clock_text(long long whole_seconds);

}  // namespace stipple
