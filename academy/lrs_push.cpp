// Pushing statements to an LRS in batches with retries (see lrs_push.hpp); the one libcurl call is here.
#include "academy/lrs_push.hpp"

#include <curl/curl.h>

#include <stdexcept>

#include "academy/text_safety.hpp"

namespace stipple {

std::string lrs_statements_url(const std::string& lrs_url) {
    if (lrs_url.rfind("http://", 0) != 0 && lrs_url.rfind("https://", 0) != 0)
        throw std::invalid_argument("--lrs " + printable_text(lrs_url) + ": expected an http:// or https:// URL");
    std::string base = lrs_url;
    while (!base.empty() && base.back() == '/') base.pop_back();
    const std::string tail = "/statements";
    if (base.size() >= tail.size() && base.compare(base.size() - tail.size(), tail.size(), tail) == 0) return base;
    return base + tail;
}

std::string lrs_basic_authorization(const std::string& user_colon_password) {
    static const char* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string in = user_colon_password.substr(0, user_colon_password.find_first_of("\r\n"));
    std::string out;
    for (size_t i = 0; i < in.size(); i += 3) {
        const unsigned b0 = static_cast<unsigned char>(in[i]);
        const unsigned b1 = i + 1 < in.size() ? static_cast<unsigned char>(in[i + 1]) : 0;
        const unsigned b2 = i + 2 < in.size() ? static_cast<unsigned char>(in[i + 2]) : 0;
        const unsigned n = (b0 << 16) | (b1 << 8) | b2;
        out += digits[(n >> 18) & 63];
        out += digits[(n >> 12) & 63];
        out += i + 1 < in.size() ? digits[(n >> 6) & 63] : '=';
        out += i + 2 < in.size() ? digits[n & 63] : '=';
    }
    return "Basic " + out;
}

namespace {

bool worth_retrying(long status) { return status == 0 || status == 429 || (status >= 500 && status <= 599); }
bool done(long status) { return status == 200 || status == 204 || status == 409; }

std::string answer_text(const LrsAnswer& a) {
    std::string t = printable_text(a.text);
    if (t.size() > 200) t = t.substr(0, 200) + "...";
    return a.status == 0 ? "no answer (" + t + ")" : "HTTP " + std::to_string(a.status) + (t.empty() ? "" : ": " + t);
}

}  // namespace

LrsPushResult push_statements(const nlohmann::ordered_json& statements, const std::string& url,
                              const std::string& authorization, const LrsPost& post, const LrsWait& wait,
                              const std::function<void(std::size_t)>& after_batch) {
    LrsPushResult result;
    for (std::size_t start = 0; start < statements.size(); start += kLrsBatchSize) {
        nlohmann::ordered_json batch = nlohmann::ordered_json::array();
        for (std::size_t i = start; i < statements.size() && i < start + kLrsBatchSize; ++i)
            batch.push_back(statements[i]);
        const std::string body = batch.dump();
        double wait_s = 1.0;
        for (int attempt = 0;; ++attempt) {
            const LrsAnswer answer = post(url, authorization, body);
            if (done(answer.status)) break;
            if (!worth_retrying(answer.status))
                throw std::runtime_error(url + ": the LRS refused statements " + std::to_string(start + 1) + "-" +
                                         std::to_string(start + batch.size()) + ": " + answer_text(answer));
            if (attempt == kLrsRetries)
                throw std::runtime_error(url + ": gave up after " + std::to_string(kLrsRetries + 1) +
                                         " tries: " + answer_text(answer));
            wait(wait_s);
            wait_s *= 2;
            ++result.retries;
        }
        result.statements += batch.size();
        ++result.batches;
        if (after_batch) after_batch(result.statements);
    }
    return result;
}

LrsPost curl_lrs_post(double timeout_s) {
    return [timeout_s](const std::string& url, const std::string& authorization, const std::string& body) {
        LrsAnswer answer;
        CURL* curl = curl_easy_init();
        if (!curl) return LrsAnswer{0, "libcurl could not start"};
        curl_slist* headers = nullptr;
        headers = curl_slist_append(headers, "Content-Type: application/json");
        headers = curl_slist_append(headers, "X-Experience-API-Version: 1.0.3");
        if (!authorization.empty()) headers = curl_slist_append(headers, ("Authorization: " + authorization).c_str());
        std::string received;
        curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout_s * 1000));
        curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, +[](char* data, size_t size, size_t n, void* out) {
            std::string* text = static_cast<std::string*>(out);
            if (text->size() < 64 * 1024) text->append(data, size * n);
            return size * n;
        });
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &received);
        const CURLcode rc = curl_easy_perform(curl);
        if (rc == CURLE_OK) {
            curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &answer.status);
            answer.text = received;
        } else {
            answer.text = curl_easy_strerror(rc);
        }
        curl_slist_free_all(headers);
        curl_easy_cleanup(curl);
        return answer;
    };
}

}  // namespace stipple
