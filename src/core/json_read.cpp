#include "core/json_read.h"

#include <cmath>
#include <cstring>

#include "core/format.h"

namespace caf::detail {

// [SECTION] Pointers and names

std::string pointer_append(const std::string& base, std::string_view key) {
    std::string out = base;
    out += '/';
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string pointer_append(const std::string& base, size_t index) {
    return base + "/" + format_int(static_cast<long long>(index));
}

const char* type_name(const json& value) {
    switch (value.type()) {
        case json::value_t::null: return "null";
        case json::value_t::object: return "an object";
        case json::value_t::array: return "an array";
        case json::value_t::string: return "a string";
        case json::value_t::boolean: return "a boolean";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned: return "an integer";
        case json::value_t::number_float: return "a number";
        case json::value_t::binary: return "binary data";
        case json::value_t::discarded: return "invalid";
    }
    return "unknown";
}

bool is_valid_id(std::string_view id) {
    if (id.empty()) return false;
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        if (!ok) return false;
    }
    return true;
}

// [SECTION] Parsing

namespace {

// Deepest nesting of [ and { outside strings. nlohmann's parser is iterative,
// but code walking the tree is not; real files nest < 10 levels.
size_t nesting_depth(std::string_view text) {
    size_t depth = 0, deepest = 0;
    bool in_string = false, escaped = false;
    for (char c : text) {
        if (in_string) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > deepest) deepest = depth;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

constexpr size_t kMaxDepth = 64;

// Accepts every event and keeps the first parse error's message: what json::parse would
// have thrown, handed over as an object instead.
struct ErrorOnlySax {
    std::string what;
    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(json::number_integer_t) { return true; }
    bool number_unsigned(json::number_unsigned_t) { return true; }
    bool number_float(json::number_float_t, const json::string_t&) { return true; }
    bool string(json::string_t&) { return true; }
    bool binary(json::binary_t&) { return true; }
    bool start_object(std::size_t) { return true; }
    bool key(json::string_t&) { return true; }
    bool end_object() { return true; }
    bool start_array(std::size_t) { return true; }
    bool end_array() { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
        if (what.empty()) what = e.what();
        return false;
    }
};

}  // namespace

void JsonReader::fail(const std::string& pointer, std::string message) {
    errors.push_back(LoadError{file, pointer, std::move(message)});
}

json JsonReader::parse(std::string_view text) {
    if (nesting_depth(text) > kMaxDepth) {
        fail("", "is nested more than " + format_int(static_cast<long long>(kMaxDepth)) +
                     " levels deep; this is not a file this app wrote");
        return json(json::value_t::discarded);
    }
    json value = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (!value.is_discarded()) return value;
    // Parse again with a SAX handler that keeps nlohmann's message (line and column) without
    // anything being thrown: the app is built without exceptions (smaller wasm).
    std::string message = "is not valid JSON";
    ErrorOnlySax sax;
    json::sax_parse(text.begin(), text.end(), &sax);
    if (!sax.what.empty()) {
        std::string what = sax.what;
        // Drop the "[json.exception.parse_error.101] " prefix.
        const auto close = what.find("] ");
        if (what.rfind("[json.exception.", 0) == 0 && close != std::string::npos) what = what.substr(close + 2);
        message = "is not valid JSON: " + what;
    }
    fail("", message);
    return json(json::value_t::discarded);
}

// [SECTION] Typed access

bool JsonReader::expect_object(const json& value, const std::string& pointer) {
    if (value.is_object()) return true;
    fail(pointer, std::string("must be an object, not ") + type_name(value));
    return false;
}

bool JsonReader::expect_array(const json& value, const std::string& pointer) {
    if (value.is_array()) return true;
    fail(pointer, std::string("must be an array, not ") + type_name(value));
    return false;
}

const json* JsonReader::member(const json& obj, const std::string& pointer, const char* key, Need need) {
    if (!obj.is_object()) return nullptr;
    const auto it = obj.find(key);
    if (it == obj.end()) {
        if (need == Need::Required) fail(pointer_append(pointer, key), "is missing (required)");
        return nullptr;
    }
    return &*it;
}

bool JsonReader::read_string(const json& obj, const std::string& pointer, const char* key, std::string& out,
                             Need need, bool allow_empty) {
    const json* v = member(obj, pointer, key, need);
    if (!v) return need == Need::Optional;
    const std::string p = pointer_append(pointer, key);
    if (!v->is_string()) {
        fail(p, std::string("must be a string, not ") + type_name(*v));
        return false;
    }
    const auto& s = v->get_ref<const std::string&>();
    if (s.empty() && !allow_empty) {
        fail(p, "must not be empty");
        return false;
    }
    out = s;
    return true;
}

bool JsonReader::read_id(const json& obj, const std::string& pointer, const char* key, std::string& out) {
    std::string id;
    if (!read_string(obj, pointer, key, id, Need::Required)) return false;
    if (!is_valid_id(id)) {
        fail(pointer_append(pointer, key), "\"" + id + "\" is not a valid id (lowercase letters, digits, _)");
        return false;
    }
    out = id;
    return true;
}

bool JsonReader::read_number(const json& obj, const std::string& pointer, const char* key, double& out, double lo,
                             double hi, Need need) {
    const json* v = member(obj, pointer, key, need);
    if (!v) return need == Need::Optional;
    const std::string p = pointer_append(pointer, key);
    if (!v->is_number()) {
        fail(p, std::string("must be a number, not ") + type_name(*v));
        return false;
    }
    const double d = v->get<double>();
    if (!std::isfinite(d) || d < lo || d > hi) {
        fail(p, "must be a number from " + format_score(lo) + " to " + format_score(hi) + ", not " + v->dump());
        return false;
    }
    out = d;
    return true;
}

bool JsonReader::read_int(const json& obj, const std::string& pointer, const char* key, int& out, int lo, int hi,
                          Need need) {
    const json* v = member(obj, pointer, key, need);
    if (!v) return need == Need::Optional;
    const std::string p = pointer_append(pointer, key);
    const std::string range = "an integer from " + format_int(lo) + " to " + format_int(hi);
    if (!v->is_number_integer()) {
        fail(p, "must be " + range + ", not " + type_name(*v));
        return false;
    }
    const long long n = v->get<long long>();  // unsigned beyond LLONG_MAX wraps negative: still out of range
    if (n < lo || n > hi) {
        fail(p, "must be " + range + ", not " + v->dump());
        return false;
    }
    out = static_cast<int>(n);
    return true;
}

bool JsonReader::read_bool(const json& obj, const std::string& pointer, const char* key, bool& out, Need need) {
    const json* v = member(obj, pointer, key, need);
    if (!v) return need == Need::Optional;
    if (!v->is_boolean()) {
        fail(pointer_append(pointer, key), std::string("must be true or false, not ") + type_name(*v));
        return false;
    }
    out = v->get<bool>();
    return true;
}

bool JsonReader::read_string_array(const json& obj, const std::string& pointer, const char* key,
                                   std::vector<std::string>& out, Need need, bool allow_empty_array) {
    const json* v = member(obj, pointer, key, need);
    if (!v) return need == Need::Optional;
    const std::string p = pointer_append(pointer, key);
    if (!expect_array(*v, p)) return false;
    if (v->empty() && !allow_empty_array) {
        fail(p, "must not be empty");
        return false;
    }
    std::vector<std::string> result;
    bool ok = true;
    for (size_t i = 0; i < v->size(); ++i) {
        const json& e = (*v)[i];
        if (!e.is_string() || e.get_ref<const std::string&>().empty()) {
            fail(pointer_append(p, i), std::string("must be a non-empty string, not ") +
                                           (e.is_string() ? "an empty string" : type_name(e)));
            ok = false;
            continue;
        }
        result.push_back(e.get<std::string>());
    }
    if (ok) out = std::move(result);
    return ok;
}

void JsonReader::reject_unknown(const json& obj, const std::string& pointer,
                                std::initializer_list<const char*> known) {
    if (!obj.is_object()) return;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const std::string& key = it.key();
        if (!key.empty() && key[0] == '$') continue;
        bool found = false;
        for (const char* k : known) {
            if (key == k) {
                found = true;
                break;
            }
        }
        if (!found) {
            std::string expected;
            for (const char* k : known) expected += (expected.empty() ? "" : ", ") + std::string(k);
            fail(pointer_append(pointer, key), "is not a known member; expected one of: " + expected);
        }
    }
}

}  // namespace caf::detail
