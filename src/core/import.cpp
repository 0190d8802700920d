#include "core/import.h"

#include "core/escape.h"

#include <algorithm>
#include <cmath>

#include "core/autosave.h"
#include "core/format.h"
#include "core/json_read.h"
#include "core/session_io.h"
#include "core/session_migrate.h"

namespace caf {

using detail::json;

namespace {

// [SECTION] Bytes

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

struct Position {
    size_t line = 1, column = 1;
};

// Line and column (in characters) of byte offset `at`.
Position position_of(std::string_view text, size_t at) {
    Position p;
    for (size_t i = 0; i < at && i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++p.column;
        }
    }
    return p;
}

std::string where(std::string_view text, size_t at) {
    const Position p = position_of(text, at);
    return "line " + format_int(static_cast<long long>(p.line)) + ", column " +
           format_int(static_cast<long long>(p.column));
}

std::string hex_byte(unsigned char c) {
    static const char* hex = "0123456789ABCDEF";
    std::string s = "0x";
    s += hex[c >> 4];
    s += hex[c & 0x0F];
    return s;
}

// Offset of the first byte that is not valid UTF-8, or npos.
size_t first_invalid_utf8(std::string_view text) {
    for (size_t i = 0; i < text.size();) {
        const size_t n = utf8_sequence(text, i);
        if (n == 0) return i;
        i += n;
    }
    return std::string_view::npos;
}

struct Signature {
    std::string_view magic;
    const char* what;
};

// Files people pick by mistake, named so the message says what it is.
const char* binary_kind(std::string_view b) {
    static const Signature signatures[] = {
        {std::string_view("\x89PNG\r\n\x1A\n", 8), "a PNG image"},
        {std::string_view("\xFF\xD8\xFF", 3), "a JPEG image"},
        {"GIF87a", "a GIF image"},
        {"GIF89a", "a GIF image"},
        {"%PDF-", "a PDF document"},
        {std::string_view("PK\x03\x04", 4), "a ZIP archive (or an Office file such as .xlsx or .docx)"},
        {std::string_view("\x1F\x8B", 2), "a gzip-compressed file"},
        {std::string_view("SQLite format 3\0", 16), "an SQLite database"},
        {std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), "an old Office document (.xls or .doc)"},
    };
    for (const auto& s : signatures)
        if (starts_with(b, s.magic)) return s.what;
    return nullptr;
}

// UTF-16 without a byte order mark: text where every other byte is NUL.
const char* utf16_without_bom(std::string_view b) {
    const size_t n = b.size() < 512 ? b.size() & ~size_t{1} : 512;
    if (n < 2) return nullptr;
    size_t even_nul = 0, odd_nul = 0;
    for (size_t i = 0; i < n; ++i)
        if (b[i] == '\0') ++(i % 2 == 0 ? even_nul : odd_nul);
    const size_t pairs = n / 2;
    if (odd_nul * 10 >= pairs * 8 && even_nul * 10 <= pairs) return "UTF-16 (little-endian)";
    if (even_nul * 10 >= pairs * 8 && odd_nul * 10 <= pairs) return "UTF-16 (big-endian)";
    return nullptr;
}

// Rounded up to 0.1 MB, so a file just over the limit never reads "5.0 MB".
std::string megabytes(size_t bytes) {
    const double tenths = std::ceil(static_cast<double>(bytes) * 10.0 / (1024.0 * 1024.0));
    return format_fixed(tenths / 10.0, 1) + " MB";
}

// [SECTION] JSON

// nlohmann's message plus a plain hint for the two common cases.
std::string explain_json_error(const std::string& message) {
    if (message.find("unexpected end of input") != std::string::npos ||
        message.find("missing closing quote") != std::string::npos)
        return message + " (the file ends too early: it looks cut off; save or download it again)";
    if (message.find("expected end of input") != std::string::npos)
        return message + " (there is more text after the end of the JSON data)";
    return message;
}


}  // namespace

// [SECTION] Public API

std::vector<LoadError> check_text_bytes(std::string_view b, const std::string& file_name, std::string_view& text) {
    auto error = [&](std::string message) { return std::vector<LoadError>{LoadError{file_name, "", std::move(message)}}; };
    text = b;
    if (b.empty()) return error("is not valid JSON: the file is empty (0 bytes)");
    if (b.size() > kMaxImportBytes)
        return error("is " + megabytes(b.size()) + "; a session file is never larger than " +
                     format_int(static_cast<long long>(kMaxImportBytes / (1024 * 1024))) + " MB, so this is not one");
    if (starts_with(b, std::string_view("\x00\x00\xFE\xFF", 4)) || starts_with(b, std::string_view("\xFF\xFE\x00\x00", 4)))
        return error("is UTF-32 text; save it as UTF-8 and try again");
    if (starts_with(b, "\xFF\xFE") || starts_with(b, "\xFE\xFF"))
        return error("is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8 and try again");
    if (const char* kind = binary_kind(b))
        return error("is " + std::string(kind) + ", not a session file (a session file is JSON text saved by this app)");
    if (starts_with(b, "\xEF\xBB\xBF")) b.remove_prefix(3);  // UTF-8 byte order mark: harmless
    const size_t nul = b.find('\0');
    if (nul != std::string_view::npos) {
        if (const char* utf16 = utf16_without_bom(b))
            return error("is " + std::string(utf16) + " text; save it as UTF-8 and try again");
        return error("is not a text file: it has a NUL byte (0x00) at " + where(b, nul) +
                     "; a session file is UTF-8 JSON text");
    }
    const size_t bad = first_invalid_utf8(b);
    if (bad != std::string_view::npos)
        return error("is not valid JSON: ill-formed UTF-8 at " + where(b, bad) + " (byte " +
                     hex_byte(static_cast<unsigned char>(b[bad])) +
                     "); the file may be in Windows-1252 or Latin-1: save it as UTF-8");
    if (b.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos)
        return error("is not valid JSON: the file holds only whitespace");
    text = b;
    return {};
}

ImportResult import_session(std::string_view bytes, const std::string& file_name, const Model& model,
                            const Catalogue& catalogue) {
    ImportResult result;
    auto fail = [&](std::vector<LoadError> errors) {
        result.session = Loaded<Session>::failure(std::move(errors));
        result.notes.clear();
        return result;
    };

    // 1. Bytes.
    std::string_view text;
    if (auto errors = check_text_bytes(bytes, file_name, text); !errors.empty()) return fail(std::move(errors));

    // 2. JSON.
    detail::JsonReader r(file_name);
    json root = r.parse(text);
    if (r.failed()) {
        for (auto& e : r.errors) e.message = explain_json_error(e.message);
        return fail(std::move(r.errors));
    }

    // 3. Kind.
    bool rewritten = false;
    if (root.is_object()) {
        const json* format = root.contains("format") ? &root["format"] : nullptr;
        if (!format) {
            if (root.contains("items") || root.contains("checklists"))
                return fail({LoadError{file_name, "",
                                       "is a checklist catalogue (like data/checklist.json), not a saved session; "
                                       "import a session file saved by this app or by caf-assess"}});
            if (root.contains("levels") || root.contains("level_rule") || root.contains("phases"))
                return fail({LoadError{file_name, "",
                                       "is an assessment model file (like data/model.json), not a saved session; "
                                       "import a session file saved by this app or by caf-assess"}});
        } else if (format->is_string()) {
            const std::string& f = format->get_ref<const std::string&>();
            if (f == kAutosaveFormat) {
                const json* inner = root.contains("session") ? &root["session"] : nullptr;
                if (!inner || !inner->is_object())
                    return fail({LoadError{file_name, "/session",
                                           "is missing: this autosave data holds no session to import"}});
                json unwrapped = *inner;
                root = std::move(unwrapped);
                rewritten = true;
                result.notes.push_back("This is the app's autosave data (from browser storage); the session in it "
                                       "was imported.");
            }
        }
    }

    // 4. Format and model version: upgrade what this app can read (session_migrate.h).
    if (root.is_object()) {
        Upgrade up = upgrade_session_json(root, model, catalogue);
        for (auto& n : up.notes) result.notes.push_back(std::move(n));
        rewritten = rewritten || up.changed;
    }

    // 5. Session.
    const std::string dumped = rewritten ? root.dump() : std::string();
    result.session = parse_session(rewritten ? std::string_view(dumped) : text, file_name, model, catalogue);
    if (!result.session.ok()) {
        result.notes.clear();
        // What the file is (format, version, model) first: the rest follows from it.
        std::stable_partition(result.session.errors.begin(), result.session.errors.end(), [](const LoadError& e) {
            return e.pointer == "/format" || e.pointer == "/format_version" || e.pointer.rfind("/model", 0) == 0;
        });
        auto& errors = result.session.errors;
        if (errors.size() > kMaxImportErrors) {
            const size_t more = errors.size() - kMaxImportErrors;
            errors.resize(kMaxImportErrors);
            errors.push_back(LoadError{file_name, "", "has " + format_int(static_cast<long long>(more)) +
                                                          " more problems (only the first " +
                                                          format_int(static_cast<long long>(kMaxImportErrors)) +
                                                          " are listed)"});
        }
        const json* format = root.is_object() && root.contains("format") ? &root["format"] : nullptr;
        if (format && format->is_string() && format->get_ref<const std::string&>() == "caf-ai-report")
            for (auto& e : result.session.errors)
                if (e.pointer == "/format")
                    e.message += ": it is a JSON report (caf-assess report --format json), which cannot be "
                                 "imported; import the session file it was made from";
    }
    return result;
}

}  // namespace caf
