#include "core/escape.h"

namespace caf {

namespace {

constexpr const char* kReplacement = "\xEF\xBF\xBD";  // U+FFFD


bool is_dropped_control(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F; }

}  // namespace

// Length of the valid UTF-8 sequence at text[i], or 0 if invalid (RFC 3629:
// no overlongs, no surrogates, nothing above U+10FFFF).
size_t utf8_sequence(std::string_view text, size_t i) {
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = byte(i);
    if (c < 0x80) return 1;
    size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (i + n > text.size()) return 0;
    const unsigned char second = byte(i + 1);
    if (second < lo || second > hi) return 0;
    for (size_t k = 2; k < n; ++k)
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    return n;
}

std::string sanitize_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        const size_t n = utf8_sequence(text, i);
        if (n == 0) {
            out += kReplacement;
            ++i;
            continue;
        }
        if (n == 1 && is_dropped_control(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        out.append(text.substr(i, n));
        i += n;
    }
    return out;
}

std::string cut_to_characters(std::string_view text, size_t max_chars) {
    size_t chars = 0, i = 0, cut = std::string_view::npos;
    for (; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (chars + 1 == max_chars) cut = i;  // where "…" goes if the text is longer
        if (chars == max_chars) break;
        ++chars;
    }
    if (i >= text.size()) return std::string(text);
    if (max_chars == 0) return "";
    return std::string(text.substr(0, cut)) + "\xE2\x80\xA6";
}

std::string html_escape(std::string_view text) {
    const std::string clean = sanitize_utf8(text);
    std::string out;
    out.reserve(clean.size() + clean.size() / 8);
    for (char c : clean) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            case '\r': break;
            default: out += c;
        }
    }
    return out;
}

std::string html_url(std::string_view url) {
    if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) return "";
    for (char c : url)
        if (static_cast<unsigned char>(c) <= 0x20) return "";  // a real URL has no spaces or controls
    return html_escape(url);
}

std::string markdown_escape(std::string_view text) {
    const std::string clean = sanitize_utf8(text);
    std::string out;
    out.reserve(clean.size() + clean.size() / 4);
    bool pending_space = false;
    const auto alnum = [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    };
    for (size_t i = 0; i < clean.size(); ++i) {
        const char c = clean[i];
        // An underscore between two letters or digits (plan_ai_hiring) can
        // neither open nor close emphasis in CommonMark: it stays as it is.
        if (c == '_' && i > 0 && i + 1 < clean.size() && alnum(clean[i - 1]) && alnum(clean[i + 1])) {
            if (pending_space) {
                if (!out.empty() && out.back() != ' ') out += ' ';
                pending_space = false;
            }
            out += c;
            continue;
        }
        if (c == '\n' || c == '\r' || c == '\t') {
            pending_space = true;
            continue;
        }
        if (pending_space) {
            if (!out.empty() && out.back() != ' ') out += ' ';
            pending_space = false;
        }
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '\\': case '`': case '*': case '_': case '[': case ']': case '#': case '|': case '~': case '$':
            case '@':
                out += '\\';
                out += c;
                break;
            default: out += c;
        }
    }
    if (pending_space && !out.empty() && out.back() != ' ') out += ' ';
    // A trailing space before the line end is harmless, two would be a hard break.
    while (out.size() >= 2 && out[out.size() - 1] == ' ' && out[out.size() - 2] == ' ') out.pop_back();
    return out;
}

std::string markdown_text(std::string_view text) {
    const std::string clean = sanitize_utf8(text);
    std::string out;
    out.reserve(clean.size() + 8);
    for (char c : clean) {
        switch (c) {
            case '|': out += "\\|"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '&': out += "&amp;"; break;
            case '\r': break;
            case '\n': case '\t': out += ' '; break;
            default: out += c;
        }
    }
    return out;
}

std::string markdown_url(std::string_view url) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    out.reserve(url.size());
    for (char ch : url) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c == 0x7F || ch == '(' || ch == ')' || ch == '<' || ch == '>' || ch == '\\' ||
            ch == '`') {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0x0F];
        } else {
            out += ch;
        }
    }
    return out;
}

std::string csv_field(std::string_view text) {
    std::string s = sanitize_utf8(text);
    if (!s.empty()) {
        const char c = s[0];
        // Full-width ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20): some spreadsheets fold them to ASCII.
        const bool fullwidth = s.size() >= 3 && static_cast<unsigned char>(s[0]) == 0xEF &&
                               static_cast<unsigned char>(s[1]) == 0xBC &&
                               (static_cast<unsigned char>(s[2]) == 0x9D || static_cast<unsigned char>(s[2]) == 0x8B ||
                                static_cast<unsigned char>(s[2]) == 0x8D) ;
        const bool fullwidth_at = s.size() >= 3 && static_cast<unsigned char>(s[0]) == 0xEF &&
                                  static_cast<unsigned char>(s[1]) == 0xBC && static_cast<unsigned char>(s[2]) == 0xA0;
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || fullwidth || fullwidth_at)
            s.insert(s.begin(), '\'');
    }
    bool quote = !s.empty() && (s.front() == ' ' || s.back() == ' ');
    for (char c : s)
        if (c == ',' || c == ';' || c == '"' || c == '\r' || c == '\n') quote = true;
    if (!quote) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

}  // namespace caf
