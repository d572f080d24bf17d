// Posting xAPI statements to a Learning Record Store (`stipple academy push --lrs URL`): batches of 50 with
// X-Experience-API-Version 1.0.3; 200 and 204 are done, and so is 409 (the LRS holds those ids already:
// statements are immutable, so it holds the same content); 429, 5xx and transport failures (refused,
// timeout) are retried after 1, 2, 4, 8 and 16 s; anything else stops with the LRS's answer. The HTTP call
// and the waiting are passed in, so tests drive every answer without a network or a clock.
#pragma once

#include <functional>
#include <string>

#include <nlohmann/json.hpp>

namespace stipple {

inline constexpr std::size_t kLrsBatchSize = 50;
inline constexpr int kLrsRetries = 5;  // waits of 1, 2, 4, 8, 16 s

struct LrsAnswer {
    long status = 0;    // HTTP status; 0 when no answer came (refused, timeout, bad URL)
    std::string text;   // the body, or the transport error
};

// POST `body` (JSON) to `url`; `authorization` is a whole header value ("Basic ...") or empty.
using LrsPost = std::function<LrsAnswer(const std::string& url, const std::string& authorization,
                                        const std::string& body)>;
using LrsWait = std::function<void(double seconds)>;

struct LrsPushResult {
    std::size_t statements = 0;
    std::size_t batches = 0;
    std::size_t retries = 0;
};

// "<base>/statements" unless `lrs_url` already ends in /statements; refuses what is not http(s)://.
std::string lrs_statements_url(const std::string& lrs_url);
// "Basic <base64 of user:password>" from the first line of an auth file's text.
std::string lrs_basic_authorization(const std::string& user_colon_password);

// Posts `statements` (a JSON array) in batches. `after_batch(n)` runs once each batch is done with the
// number of statements done so far (the caller records its progress). Throws std::runtime_error
// "URL: ..." when a batch is refused or the retries run out; batches done before stay done.
LrsPushResult push_statements(const nlohmann::ordered_json& statements, const std::string& statements_url,
                              const std::string& authorization, const LrsPost& post, const LrsWait& wait,
                              const std::function<void(std::size_t)>& after_batch = {});

// The real HTTP POST (libcurl), `timeout_s` for the whole exchange.
LrsPost curl_lrs_post(double timeout_s = 30.0);

}  // namespace stipple
