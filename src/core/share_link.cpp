#include "core/share_link.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "core/civil_date.h"
#include "core/format.h"
#include "core/session_io.h"
#include "core/session_migrate.h"
#include "embedded_data.h"

#include <nlohmann/json.hpp>

namespace caf {

namespace {

// [SECTION] Checksums

uint32_t crc32(const std::string& bytes) {
    static const std::array<uint32_t, 256> table = [] {
        std::array<uint32_t, 256> t{};
        for (uint32_t i = 0; i < 256; ++i) {
            uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    uint32_t c = 0xFFFFFFFFu;
    for (char ch : bytes) c = table[(c ^ static_cast<unsigned char>(ch)) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

struct Fnv {
    uint32_t h = 2166136261u;
    void add(std::string_view s) {
        for (char c : s) {
            h ^= static_cast<unsigned char>(c);
            h *= 16777619u;
        }
        h ^= 0xFFu;  // separator: "ab","c" differs from "a","bc"
        h *= 16777619u;
    }
};

// What a link's positions refer to: the ids, in order, of one model and
// checklist version. The current one comes from the loaded data; earlier ones
// from data/legacy/share_structures.json, so old links open forever.
struct LinkStructure {
    int link_format = 2;
    std::string model_id, model_version;
    std::vector<std::pair<std::string, std::vector<std::string>>> profile;  // question id, option ids
    std::vector<std::string> questions, dimensions, items;
};

uint32_t fingerprint(const LinkStructure& st) {
    Fnv f;
    for (const auto& [id, options] : st.profile) {
        f.add(id);
        for (const auto& o : options) f.add(o);
    }
    f.add("|questions");
    for (const auto& q : st.questions) f.add(q);
    f.add("|dimensions");
    for (const auto& d : st.dimensions) f.add(d);
    f.add("|items");
    for (const auto& i : st.items) f.add(i);
    return f.h;
}

// Link format 2: every question (Strategy, Plan, then the quick checks).
LinkStructure current_structure(const Model& model, const Catalogue& catalogue) {
    LinkStructure st;
    st.model_id = model.id;
    st.model_version = model.version;
    for (const auto& p : model.profile) {
        std::vector<std::string> options;
        for (const auto& o : p.options) options.push_back(o.id);
        st.profile.emplace_back(p.id, std::move(options));
    }
    for (const auto& ph : model.phases)
        for (const auto& d : ph.dimensions) {
            st.dimensions.push_back(d.id);
            for (const auto& q : d.questions) st.questions.push_back(q.id);
        }
    for (const auto& g : model.readiness.groups)
        for (const auto& q : g.questions) st.questions.push_back(q.id);
    for (const auto& i : catalogue.items) st.items.push_back(i.id);
    return st;
}

// The structures of earlier versions, read once from the embedded file.
const std::vector<LinkStructure>& legacy_structures() {
    static const std::vector<LinkStructure> list = [] {
        std::vector<LinkStructure> out;
        const auto root = nlohmann::json::parse(embedded_data::share_structures_json(), nullptr, false);
        if (!root.is_object() || !root.contains("structures") || !root["structures"].is_array()) return out;
        auto strings = [](const nlohmann::json& a) {
            std::vector<std::string> v;
            if (a.is_array())
                for (const auto& x : a)
                    if (x.is_string()) v.push_back(x.get<std::string>());
            return v;
        };
        for (const auto& j : root["structures"]) {
            if (!j.is_object()) continue;
            LinkStructure st;
            st.link_format = j.value("link_format", 0);
            st.model_id = j.value("model_id", "");
            st.model_version = j.value("model_version", "");
            if (j.contains("profile") && j["profile"].is_array())
                for (const auto& p : j["profile"])
                    if (p.is_object()) st.profile.emplace_back(p.value("id", ""), strings(p.value("options", nlohmann::json())));
            st.questions = strings(j.value("questions", nlohmann::json()));
            st.dimensions = strings(j.value("dimensions", nlohmann::json()));
            st.items = strings(j.value("items", nlohmann::json()));
            out.push_back(std::move(st));
        }
        return out;
    }();
    return list;
}

// [SECTION] Base64url

constexpr const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string base64url(const std::string& bytes) {
    std::string out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const uint32_t v = (static_cast<uint32_t>(static_cast<unsigned char>(bytes[i])) << 16) |
                           (static_cast<uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8) |
                           static_cast<uint32_t>(static_cast<unsigned char>(bytes[i + 2]));
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
        out += kAlphabet[v & 63];
    }
    const size_t rest = bytes.size() - i;
    if (rest == 1) {
        const uint32_t v = static_cast<uint32_t>(static_cast<unsigned char>(bytes[i])) << 16;
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
    } else if (rest == 2) {
        const uint32_t v = (static_cast<uint32_t>(static_cast<unsigned char>(bytes[i])) << 16) |
                           (static_cast<uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8);
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
    }
    return out;
}

int base64_value(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
}

// [SECTION] Writer and reader

struct Writer {
    std::string bytes;
    void u8(unsigned v) { bytes += static_cast<char>(v & 0xFFu); }
    void u32(uint32_t v) {
        for (int shift = 24; shift >= 0; shift -= 8) u8((v >> shift) & 0xFFu);
    }
    void varint(uint64_t v) {
        while (v >= 0x80) {
            u8(static_cast<unsigned>((v & 0x7F) | 0x80));
            v >>= 7;
        }
        u8(static_cast<unsigned>(v));
    }
    void str(const std::string& s) {
        varint(s.size());
        bytes += s;
    }
};

struct BitPacker {
    std::string bytes;
    unsigned acc = 0;
    int bits = 0;
    void put(unsigned value, int width) {
        acc |= value << bits;
        bits += width;
        while (bits >= 8) {
            bytes += static_cast<char>(acc & 0xFFu);
            acc >>= 8;
            bits -= 8;
        }
    }
    std::string finish() {
        if (bits > 0) bytes += static_cast<char>(acc & 0xFFu);
        acc = 0;
        bits = 0;
        return bytes;
    }
};

struct Reader {
    std::string_view bytes;
    size_t at = 0;
    bool ok = true;

    bool need(size_t n) {
        if (at + n > bytes.size()) ok = false;
        return ok;
    }
    unsigned u8() {
        if (!need(1)) return 0;
        return static_cast<unsigned char>(bytes[at++]);
    }
    uint32_t u32() {
        uint32_t v = 0;
        for (int i = 0; i < 4; ++i) v = (v << 8) | u8();
        return v;
    }
    uint64_t varint() {
        uint64_t v = 0;
        for (int shift = 0; shift < 35; shift += 7) {  // at most 5 bytes: < 2^35
            const unsigned b = u8();
            if (!ok) return 0;
            v |= static_cast<uint64_t>(b & 0x7Fu) << shift;
            if (!(b & 0x80u)) return v;
        }
        ok = false;
        return 0;
    }
    std::string str(size_t max) {
        const uint64_t n = varint();
        if (!ok || n > max || !need(static_cast<size_t>(n))) {
            ok = false;
            return "";
        }
        std::string s(bytes.substr(at, static_cast<size_t>(n)));
        at += static_cast<size_t>(n);
        return s;
    }
    std::string_view take(size_t n) {
        if (!need(n)) return {};
        const std::string_view v = bytes.substr(at, n);
        at += n;
        return v;
    }
};

unsigned bits_at(std::string_view packed, size_t index, int width) {
    const size_t bit = index * static_cast<size_t>(width);
    unsigned v = 0;
    for (int k = 0; k < width; ++k) {
        const size_t b = bit + static_cast<size_t>(k);
        if ((static_cast<unsigned char>(packed[b / 8]) >> (b % 8)) & 1u) v |= 1u << k;
    }
    return v;
}

size_t packed_size(size_t count, int width) { return (count * static_cast<size_t>(width) + 7) / 8; }

struct Version {
    uint64_t major = 0, minor = 0, patch = 0;
};

Version parse_version(const std::string& v) {
    Version out;
    uint64_t* parts[3] = {&out.major, &out.minor, &out.patch};
    size_t k = 0;
    for (char c : v) {
        if (c == '.') {
            if (++k >= 3) break;
        } else if (c >= '0' && c <= '9') {
            *parts[k] = *parts[k] * 10 + static_cast<uint64_t>(c - '0');
            if (*parts[k] > 1000000) *parts[k] = 1000000;
        }
    }
    return out;
}

std::string version_text(const Version& v) {
    return format_int(static_cast<long long>(v.major)) + "." + format_int(static_cast<long long>(v.minor)) + "." +
           format_int(static_cast<long long>(v.patch));
}

ImportResult failure(std::string message) {
    ImportResult r;
    r.session = Loaded<Session>::failure({LoadError{kShareLinkSource, "", std::move(message)}});
    return r;
}

constexpr const char* kCopyAgain = "; copy the whole link again";

// [SECTION] The plan (link format 3)

// Use-case sensitivities and beneficiaries as small codes (index + 1, 0 = none): the
// values session files allow (session_io.cpp), in this order forever.
constexpr std::array<const char*, 4> kSensitivities = {"public", "internal", "confidential", "regulated"};
constexpr std::array<const char*, 3> kBeneficiaries = {"employees", "partners", "customers"};

template <size_t N>
unsigned code_of(const std::array<const char*, N>& list, const std::string& id) {
    for (size_t k = 0; k < N; ++k)
        if (id == list[k]) return static_cast<unsigned>(k + 1);
    return 0;
}

// Dates as days since 1900-01-01 + 1 (the first year a session allows), 0 = none: three bytes.
const std::int64_t kDayBase = days_from_civil({1900, 1, 1});

uint64_t day_code(const std::string& iso) {
    const auto d = parse_iso_day(iso);
    return d ? static_cast<uint64_t>(*d - kDayBase + 1) : 0;
}

std::string day_text(uint64_t code) { return iso_day(static_cast<std::int64_t>(code) - 1 + kDayBase); }

constexpr unsigned kHasOwner = 1, kHasStart = 2, kHasDue = 4;

void write_plan(Writer& w, const LinkStructure& st, const Session& session) {
    w.varint(day_code(session.plan.start));
    w.u8(static_cast<unsigned>(std::clamp(session.plan.capacity, 0, 255)));
    std::vector<std::pair<size_t, const ItemState*>> planned;
    for (size_t k = 0; k < st.items.size(); ++k) {
        const auto it = session.items.find(st.items[k]);
        if (it == session.items.end()) continue;
        const ItemState& is = it->second;
        if (!is.owner.empty() || day_code(is.start) || day_code(is.due)) planned.emplace_back(k, &is);
    }
    w.varint(planned.size());
    for (const auto& [k, is] : planned) {
        w.varint(k);
        const unsigned mask = (is->owner.empty() ? 0 : kHasOwner) | (day_code(is->start) ? kHasStart : 0) |
                              (day_code(is->due) ? kHasDue : 0);
        w.u8(mask);
        if (mask & kHasOwner) w.str(is->owner);
        if (mask & kHasStart) w.varint(day_code(is->start));
        if (mask & kHasDue) w.varint(day_code(is->due));
    }
    w.varint(session.use_cases.size());
    for (const UseCase& u : session.use_cases) {
        w.str(u.id);
        w.str(u.name);
        w.u8(static_cast<unsigned>(std::clamp(u.value, 1, 5)) | code_of(kSensitivities, u.sensitivity) << 3 |
             code_of(kBeneficiaries, u.beneficiary) << 6);
        w.str(u.goal);
        w.str(u.need);
    }
}

// Reads what write_plan wrote into the session file's JSON; "" or what is damaged.
std::string read_plan(Reader& r, const LinkStructure& st, nlohmann::json& root, nlohmann::json& items) {
    using ojson = nlohmann::json;
    const uint64_t start = r.varint();
    const unsigned capacity = r.u8();
    if (!r.ok || start > 3000000) return "the plan's settings do not fit";
    ojson plan = ojson::object();
    if (start > 0) plan["start"] = day_text(start);
    if (capacity > 0) plan["capacity"] = capacity;   // parse_session checks the range
    if (!plan.empty()) root["plan"] = std::move(plan);
    const uint64_t count = r.varint();
    if (!r.ok || count > st.items.size()) return "the plan's items do not fit";
    for (uint64_t n = 0; n < count; ++n) {
        const uint64_t k = r.varint();
        const unsigned mask = r.u8();
        if (!r.ok || k >= st.items.size() || mask == 0 || mask > 7) return "a plan item does not fit";
        ojson& item = items[st.items[static_cast<size_t>(k)]];
        if (item.contains("owner") || item.contains("start") || item.contains("due")) return "a plan item repeats";
        if (mask & kHasOwner) item["owner"] = r.str(kMaxNameLength * 4);
        for (const unsigned bit : {kHasStart, kHasDue}) {
            if (!(mask & bit)) continue;
            const uint64_t day = r.varint();
            if (!r.ok || day == 0 || day > 3000000) return "a plan date does not fit";
            item[bit == kHasStart ? "start" : "due"] = day_text(day);
        }
        if (!r.ok) return "a plan item does not fit";
    }
    const uint64_t use_cases = r.varint();
    if (!r.ok || use_cases > kMaxUseCases) return "the use cases do not fit";
    ojson list = ojson::array();
    for (uint64_t n = 0; n < use_cases; ++n) {
        ojson u = ojson::object();
        u["id"] = r.str(40);
        u["name"] = r.str(kMaxNameLength * 4);
        const unsigned packed = r.u8();
        const std::string goal = r.str(64), need = r.str(64);
        if (!r.ok) return "a use case does not fit";
        const unsigned sensitivity = (packed >> 3) & 7u, beneficiary = packed >> 6;
        if ((packed & 7u) < 1 || (packed & 7u) > 5 || sensitivity > kSensitivities.size() ||
            beneficiary > kBeneficiaries.size())
            return "a use case's value is out of range";
        u["value"] = packed & 7u;
        if (sensitivity) u["sensitivity"] = kSensitivities[sensitivity - 1];
        if (beneficiary) u["beneficiary"] = kBeneficiaries[beneficiary - 1];
        if (!goal.empty()) u["goal"] = goal;
        if (!need.empty()) u["need"] = need;
        list.push_back(std::move(u));
    }
    if (!list.empty()) root["use_cases"] = std::move(list);
    return "";
}

}  // namespace

// [SECTION] Public API

std::string encode_share(const Model& model, const Catalogue& catalogue, const Session& session, bool include_notes) {
    const LinkStructure st = current_structure(model, catalogue);
    Writer w;
    const std::string id = model.id.substr(0, kMaxShareModelId);  // load_model keeps ids this short
    w.u8(static_cast<unsigned>(id.size()));
    w.bytes += id;
    const Version v = parse_version(model.version);
    w.varint(v.major);
    w.varint(v.minor);
    w.varint(v.patch);
    w.u32(fingerprint(st));
    unsigned flags = include_notes ? 1u : 0u;
    flags |= static_cast<unsigned>(session.checklist_choice == ChecklistChoice::Startup      ? 1
                                   : session.checklist_choice == ChecklistChoice::Enterprise ? 2
                                                                                             : 0)
             << 1;
    w.u8(flags);

    w.u8(static_cast<unsigned>(st.profile.size()));
    for (const auto& [pid, options] : st.profile) {
        const std::string& chosen = session.profile_answer(pid);
        unsigned code = 0;
        for (size_t k = 0; k < options.size(); ++k)
            if (options[k] == chosen) code = static_cast<unsigned>(k + 1);
        w.u8(code);
    }

    w.varint(st.questions.size());
    BitPacker answers;
    for (const auto& qid : st.questions) {
        const Answer a = session.answer(qid);
        answers.put(a.has_value() ? static_cast<unsigned>(a.value + 1) : a.is_na() ? 6u : a.is_dont_know() ? 7u : 0u, 3);
    }
    w.bytes += answers.finish();

    w.varint(st.dimensions.size());
    BitPacker targets;
    for (const auto& did : st.dimensions) {
        const auto it = session.targets.find(did);
        targets.put(it == session.targets.end() ? 0u : static_cast<unsigned>(it->second + 1), 3);
    }
    w.bytes += targets.finish();

    w.varint(st.items.size());
    BitPacker ticks;
    for (const auto& iid : st.items) {
        const auto it = session.items.find(iid);
        ticks.put(it != session.items.end() && it->second.done ? 1u : 0u, 1);
    }
    w.bytes += ticks.finish();

    write_plan(w, st, session);

    if (include_notes) {
        std::vector<std::pair<size_t, const std::string*>> notes, item_notes;
        for (size_t k = 0; k < st.questions.size(); ++k) {
            const auto it = session.notes.find(st.questions[k]);
            if (it != session.notes.end() && !it->second.empty()) notes.emplace_back(k, &it->second);
        }
        for (size_t k = 0; k < st.items.size(); ++k) {
            const auto it = session.items.find(st.items[k]);
            if (it != session.items.end() && !it->second.note.empty()) item_notes.emplace_back(k, &it->second.note);
        }
        w.varint(notes.size());
        for (const auto& [k, text] : notes) {
            w.varint(k);
            w.str(*text);
        }
        w.varint(item_notes.size());
        for (const auto& [k, text] : item_notes) {
            w.varint(k);
            w.str(*text);
        }
        w.str(session.meta.title);
        w.str(session.meta.respondent);
    }
    w.u32(crc32(w.bytes));
    return kShareLinkPrefix + base64url(w.bytes);
}

namespace {

// The text of a link without the '#'s in front (an address bar shows one; a
// pasted "##v3..." has two, and must not reach the decoder as "#v3...").
std::string_view without_hashes(std::string_view f) {
    while (!f.empty() && f[0] == '#') f.remove_prefix(1);
    return f;
}

// The number of digits after the 'v' of "v" + digits + ".", or 0 when `f` does not start so.
size_t format_digits_of(std::string_view f) {
    if (f.size() < 3 || f[0] != 'v') return 0;
    size_t i = 1;
    while (i < f.size() && f[i] >= '0' && f[i] <= '9') ++i;
    return i > 1 && i < f.size() && f[i] == '.' ? i - 1 : 0;
}

}  // namespace

bool looks_like_share(std::string_view f) { return format_digits_of(without_hashes(f)) > 0; }

ImportResult decode_share(std::string_view fragment, const Model& model, const Catalogue& catalogue) {
    // Text.
    std::string text;
    for (char c : fragment)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') text += c;
    text = std::string(without_hashes(text));
    if (text.empty()) return failure("is empty: there is nothing after the # in the address");
    const size_t digits = format_digits_of(text);
    if (digits == 0)
        return failure("is not a share link of this app (the part after # should start with \"" +
                       std::string(kShareLinkPrefix) + "\")");
    const std::string format_digits = text.substr(1, digits);
    int link_format = 0;   // digits only, so no exception (the web build has none: one would abort the app)
    for (char c : format_digits) link_format = link_format > 999 ? 1000 : link_format * 10 + (c - '0');
    if (link_format < 1 || link_format > kShareLinkFormat)
        return failure("was made by a newer version of this app (link format v" + format_digits +
                       "); this app reads links up to v" + format_int(kShareLinkFormat));
    const size_t prefix_size = format_digits.size() + 2;
    std::string body = text.substr(prefix_size);
    while (!body.empty() && body.back() == '=') body.pop_back();  // tolerated padding
    for (size_t i = 0; i < body.size(); ++i) {
        if (base64_value(body[i]) < 0) {
            const auto c = static_cast<unsigned char>(body[i]);
            const std::string shown = c >= 0x21 && c < 0x7F ? "'" + std::string(1, body[i]) + "'"
                                      : c < 0x80             ? "a control character"
                                                             : "a non-ASCII character";
            return failure("contains " + shown + " at position " + format_int(static_cast<long long>(i + 1 + prefix_size)) +
                           ", which a share link never has" + kCopyAgain);
        }
    }
    if (body.size() % 4 == 1) return failure("is cut off: it ends in the middle of its data" + std::string(kCopyAgain));

    // Bytes.
    std::string bytes;
    bytes.reserve(body.size() * 3 / 4);
    uint32_t acc = 0;
    int bits = 0;
    for (char c : body) {
        acc = (acc << 6) | static_cast<uint32_t>(base64_value(c));
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            bytes += static_cast<char>((acc >> bits) & 0xFFu);
        }
    }
    // Canonical base64: the unused low bits of the last character are zero.
    if (bits > 0 && (acc & ((1u << bits) - 1u)) != 0)
        return failure("was changed or cut off: its last character is not one this app writes" +
                       std::string(kCopyAgain));
    if (bytes.size() < 12) return failure("is cut off: it is too short to hold an assessment" + std::string(kCopyAgain));
    const std::string payload = bytes.substr(0, bytes.size() - 4);
    Reader tail{std::string_view(bytes).substr(bytes.size() - 4)};
    if (tail.u32() != crc32(payload))
        return failure("was changed or cut off: its checksum does not match" + std::string(kCopyAgain));

    // Header.
    Reader r{payload};
    const unsigned id_size = r.u8();
    const std::string id(r.take(id_size));
    Version v;
    v.major = r.varint();
    v.minor = r.varint();
    v.patch = r.varint();
    const uint32_t print = r.u32();
    const unsigned flags = r.u8();
    if (!r.ok) return failure("is damaged: its header is incomplete" + std::string(kCopyAgain));
    if (id != model.id)
        return failure("is for another assessment model (\"" + id + "\"); this app's model is \"" + model.id + "\"");
    const std::string theirs = version_text(v);

    // Which version's questions the positions refer to: this one's, or an earlier one's.
    std::vector<LinkStructure> candidates;
    // Formats 2 and 3 lay out the questions alike: the current ids serve both.
    if (link_format >= 2) candidates.push_back(current_structure(model, catalogue));
    for (const auto& st : legacy_structures())
        if (st.link_format == link_format && st.model_id == id) candidates.push_back(st);
    const LinkStructure* st = nullptr;
    for (const auto& c : candidates)
        if (fingerprint(c) == print && parse_version(c.model_version).major == v.major) st = &c;
    if (!st)
        return failure("was made with version " + theirs + " of the assessment model, whose questions this app does "
                       "not know (it uses version " + model.version + "); ask for the session file instead");

    // Body, as a session file of the link's model version (then upgraded like a file).
    using ojson = nlohmann::json;
    ojson profile = ojson::object(), answers = ojson::object(), notes_out = ojson::object(), targets = ojson::object();
    ojson items = ojson::object(), meta = ojson::object();
    const unsigned choice = (flags >> 1) & 3u;
    if (choice == 3 || (flags & ~7u) != 0) return failure("is damaged: unknown flags" + std::string(kCopyAgain));
    const bool notes = flags & 1u;

    const unsigned p = r.u8();
    if (!r.ok || p != st->profile.size()) return failure("is damaged: the profile does not fit" + std::string(kCopyAgain));
    for (const auto& [pid, options] : st->profile) {
        const unsigned code = r.u8();
        if (code > options.size()) return failure("is damaged: a profile answer is out of range" + std::string(kCopyAgain));
        if (code > 0) profile[pid] = options[code - 1];
    }

    const auto& questions = st->questions;
    if (r.varint() != questions.size() || !r.ok)
        return failure("is damaged: the answers do not fit" + std::string(kCopyAgain));
    const std::string_view packed = r.take(packed_size(questions.size(), 3));
    if (!r.ok) return failure("is damaged: the answers are incomplete" + std::string(kCopyAgain));
    for (size_t k = 0; k < questions.size(); ++k) {
        const unsigned code = bits_at(packed, k, 3);
        if (code == 7 && st->link_format < 2) return failure("is damaged: an answer is out of range" + std::string(kCopyAgain));
        if (code == 7) answers[questions[k]] = "unknown";
        else if (code == 6) answers[questions[k]] = "na";
        else if (code > 0) answers[questions[k]] = static_cast<int>(code) - 1;
    }

    const auto& dims = st->dimensions;
    if (r.varint() != dims.size() || !r.ok) return failure("is damaged: the targets do not fit" + std::string(kCopyAgain));
    const std::string_view packed_targets = r.take(packed_size(dims.size(), 3));
    if (!r.ok) return failure("is damaged: the targets are incomplete" + std::string(kCopyAgain));
    for (size_t k = 0; k < dims.size(); ++k) {
        const unsigned code = bits_at(packed_targets, k, 3);
        if (code > 5) return failure("is damaged: a target is out of range" + std::string(kCopyAgain));
        if (code > 0) targets[dims[k]] = static_cast<int>(code) - 1;
    }

    const auto& item_ids = st->items;
    if (r.varint() != item_ids.size() || !r.ok)
        return failure("is damaged: the checklist does not fit" + std::string(kCopyAgain));
    const std::string_view ticks = r.take(packed_size(item_ids.size(), 1));
    if (!r.ok) return failure("is damaged: the checklist is incomplete" + std::string(kCopyAgain));
    for (size_t k = 0; k < item_ids.size(); ++k)
        if (bits_at(ticks, k, 1)) items[item_ids[k]]["done"] = true;

    ojson plan_root = ojson::object();
    if (link_format >= 3) {
        const std::string damaged = read_plan(r, *st, plan_root, items);
        if (!damaged.empty()) return failure("is damaged: " + damaged + kCopyAgain);
    }

    if (notes) {
        const size_t max_note = kMaxNoteLength * 4;  // bytes; parse_session checks characters
        const uint64_t count = r.varint();
        if (!r.ok || count > questions.size()) return failure("is damaged: the notes do not fit" + std::string(kCopyAgain));
        for (uint64_t k = 0; k < count && r.ok; ++k) {
            const uint64_t index = r.varint();
            std::string note = r.str(max_note);
            if (!r.ok || index >= questions.size())
                return failure("is damaged: a note does not fit" + std::string(kCopyAgain));
            notes_out[questions[static_cast<size_t>(index)]] = std::move(note);
        }
        const uint64_t item_count = r.varint();
        if (!r.ok || item_count > item_ids.size())
            return failure("is damaged: the checklist notes do not fit" + std::string(kCopyAgain));
        for (uint64_t k = 0; k < item_count && r.ok; ++k) {
            const uint64_t index = r.varint();
            std::string note = r.str(max_note);
            if (!r.ok || index >= item_ids.size())
                return failure("is damaged: a checklist note does not fit" + std::string(kCopyAgain));
            items[item_ids[static_cast<size_t>(index)]]["note"] = std::move(note);
        }
        const std::string title = r.str(kMaxNameLength * 4);
        const std::string respondent = r.str(kMaxNameLength * 4);
        if (!r.ok) return failure("is damaged: the title does not fit" + std::string(kCopyAgain));
        if (!title.empty()) meta["title"] = title;
        if (!respondent.empty()) meta["respondent"] = respondent;
    }
    if (r.at != payload.size()) return failure("is damaged: it has extra data" + std::string(kCopyAgain));

    ojson root = {{"format", kSessionFormat},
                  {"format_version", st->link_format < 2 ? 1 : kSessionFormatVersion},
                  {"model", {{"id", model.id}, {"version", st->model_version}}},
                  {"profile", std::move(profile)},
                  {"answers", std::move(answers)},
                  {"notes", std::move(notes_out)},
                  {"targets", std::move(targets)},
                  {"checklist", {{"choice", choice == 1 ? "startup" : choice == 2 ? "enterprise" : "auto"},
                                 {"items", std::move(items)}}},
                  {"meta", std::move(meta)}};
    for (auto& [key, value] : plan_root.items()) root[key] = std::move(value);
    // The same rules as a file: upgraded like one, then every value goes through parse_session.
    const Upgrade up = upgrade_session_json(root, model, catalogue);
    ImportResult result;
    result.session = parse_session(root.dump(-1, ' ', false, ojson::error_handler_t::replace), kShareLinkSource,
                                   model, catalogue);
    if (!result.ok()) return result;
    result.notes = up.notes;
    if (result.notes.empty() && theirs != model.version)
        result.notes.push_back("This link was made with version " + theirs + " of the assessment model; this app "
                               "uses " + model.version + ", which has the same questions.");
    return result;
}

}  // namespace caf
