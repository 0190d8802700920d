#include "core/share_link.h"

#include <array>
#include <cstdint>

#include "core/format.h"
#include "core/session_io.h"

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

uint32_t fingerprint(const Model& model, const Catalogue& catalogue) {
    Fnv f;
    for (const auto& p : model.profile) {
        f.add(p.id);
        for (const auto& o : p.options) f.add(o.id);
    }
    f.add("|questions");
    for (const auto& ph : model.phases)
        for (const auto& d : ph.dimensions)
            for (const auto& q : d.questions) f.add(q.id);
    f.add("|dimensions");
    for (const auto& ph : model.phases)
        for (const auto& d : ph.dimensions) f.add(d.id);
    f.add("|items");
    for (const auto& i : catalogue.items) f.add(i.id);
    return f.h;
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

// The model's questions and dimensions in model order: the order in which a link
// stores answers and targets (encoder and decoder must agree).
struct ModelOrder {
    std::vector<const Question*> questions;
    std::vector<const Dimension*> dims;
};

ModelOrder model_order(const Model& model) {
    ModelOrder o;
    for (const auto& ph : model.phases)
        for (const auto& d : ph.dimensions) {
            o.dims.push_back(&d);
            for (const auto& q : d.questions) o.questions.push_back(&q);
        }
    return o;
}

}  // namespace

// [SECTION] Public API

std::string encode_share(const Model& model, const Catalogue& catalogue, const Session& session, bool include_notes) {
    Writer w;
    const std::string id = model.id.substr(0, 255);
    w.u8(static_cast<unsigned>(id.size()));
    w.bytes += id;
    const Version v = parse_version(model.version);
    w.varint(v.major);
    w.varint(v.minor);
    w.varint(v.patch);
    w.u32(fingerprint(model, catalogue));
    unsigned flags = include_notes ? 1u : 0u;
    flags |= static_cast<unsigned>(session.checklist_choice == ChecklistChoice::Startup      ? 1
                                   : session.checklist_choice == ChecklistChoice::Enterprise ? 2
                                                                                             : 0)
             << 1;
    w.u8(flags);

    w.u8(static_cast<unsigned>(model.profile.size()));
    for (const auto& pq : model.profile) {
        const std::string& chosen = session.profile_answer(pq.id);
        unsigned code = 0;
        for (size_t k = 0; k < pq.options.size(); ++k)
            if (pq.options[k].id == chosen) code = static_cast<unsigned>(k + 1);
        w.u8(code);
    }

    const auto [questions, dims] = model_order(model);
    w.varint(questions.size());
    BitPacker answers;
    for (const Question* q : questions) {
        const Answer a = session.answer(q->id);
        answers.put(a.has_value() ? static_cast<unsigned>(a.value + 1) : a.is_na() ? 6u : 0u, 3);
    }
    w.bytes += answers.finish();

    w.varint(dims.size());
    BitPacker targets;
    for (const Dimension* d : dims) {
        const auto it = session.targets.find(d->id);
        targets.put(it == session.targets.end() ? 0u : static_cast<unsigned>(it->second + 1), 3);
    }
    w.bytes += targets.finish();

    w.varint(catalogue.items.size());
    BitPacker ticks;
    for (const auto& item : catalogue.items) {
        const auto it = session.items.find(item.id);
        ticks.put(it != session.items.end() && it->second.done ? 1u : 0u, 1);
    }
    w.bytes += ticks.finish();

    if (include_notes) {
        std::vector<std::pair<size_t, const std::string*>> notes, item_notes;
        for (size_t k = 0; k < questions.size(); ++k) {
            const auto it = session.notes.find(questions[k]->id);
            if (it != session.notes.end() && !it->second.empty()) notes.emplace_back(k, &it->second);
        }
        for (size_t k = 0; k < catalogue.items.size(); ++k) {
            const auto it = session.items.find(catalogue.items[k].id);
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

bool looks_like_share(std::string_view f) {
    if (!f.empty() && f[0] == '#') f.remove_prefix(1);
    if (f.size() < 3 || f[0] != 'v') return false;
    size_t i = 1;
    while (i < f.size() && f[i] >= '0' && f[i] <= '9') ++i;
    return i > 1 && i < f.size() && f[i] == '.';
}

ImportResult decode_share(std::string_view fragment, const Model& model, const Catalogue& catalogue) {
    // Text.
    std::string text;
    for (char c : fragment)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') text += c;
    if (!text.empty() && text[0] == '#') text.erase(0, 1);
    if (text.empty()) return failure("is empty: there is nothing after the # in the address");
    if (!looks_like_share(text))
        return failure("is not a share link of this app (the part after # should start with \"v1.\")");
    if (text.rfind(kShareLinkPrefix, 0) != 0) {
        const std::string version = text.substr(1, text.find('.') - 1);
        return failure("was made by a newer version of this app (link format v" + version +
                       "); this app reads v1 links");
    }
    std::string body = text.substr(std::char_traits<char>::length(kShareLinkPrefix));
    while (!body.empty() && body.back() == '=') body.pop_back();  // tolerated padding
    for (size_t i = 0; i < body.size(); ++i) {
        if (base64_value(body[i]) < 0) {
            const auto c = static_cast<unsigned char>(body[i]);
            const std::string shown = c >= 0x21 && c < 0x7F ? "'" + std::string(1, body[i]) + "'" : "a non-ASCII character";
            return failure("contains " + shown + " at position " +
                           format_int(static_cast<long long>(i + 1 + std::char_traits<char>::length(kShareLinkPrefix))) +
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
    const Version mine = parse_version(model.version);
    const std::string theirs = version_text(v);
    if (v.major != mine.major || print != fingerprint(model, catalogue))
        return failure("was made with version " + theirs + " of the assessment model, whose questions differ from this "
                       "app's version " + model.version + "; ask for the session file instead (files are converted "
                       "between versions)");

    // Body.
    Session s = new_session(model);
    const unsigned choice = (flags >> 1) & 3u;
    if (choice == 3 || (flags & ~7u) != 0) return failure("is damaged: unknown flags" + std::string(kCopyAgain));
    s.checklist_choice = choice == 1 ? ChecklistChoice::Startup : choice == 2 ? ChecklistChoice::Enterprise
                                                                             : ChecklistChoice::Auto;
    const bool notes = flags & 1u;

    const unsigned p = r.u8();
    if (!r.ok || p != model.profile.size()) return failure("is damaged: the profile does not fit" + std::string(kCopyAgain));
    for (const auto& pq : model.profile) {
        const unsigned code = r.u8();
        if (code > pq.options.size()) return failure("is damaged: a profile answer is out of range" + std::string(kCopyAgain));
        if (code > 0) s.profile[pq.id] = pq.options[code - 1].id;
    }

    const auto [questions, dims] = model_order(model);
    if (r.varint() != questions.size() || !r.ok)
        return failure("is damaged: the answers do not fit" + std::string(kCopyAgain));
    const std::string_view answers = r.take(packed_size(questions.size(), 3));
    if (!r.ok) return failure("is damaged: the answers are incomplete" + std::string(kCopyAgain));
    for (size_t k = 0; k < questions.size(); ++k) {
        const unsigned code = bits_at(answers, k, 3);
        if (code == 7) return failure("is damaged: an answer is out of range" + std::string(kCopyAgain));
        if (code == 6)
            s.set_answer(questions[k]->id, Answer::not_applicable());
        else if (code > 0)
            s.set_answer(questions[k]->id, Answer::of(static_cast<int>(code) - 1));
    }

    if (r.varint() != dims.size() || !r.ok) return failure("is damaged: the targets do not fit" + std::string(kCopyAgain));
    const std::string_view targets = r.take(packed_size(dims.size(), 3));
    if (!r.ok) return failure("is damaged: the targets are incomplete" + std::string(kCopyAgain));
    for (size_t k = 0; k < dims.size(); ++k) {
        const unsigned code = bits_at(targets, k, 3);
        if (code > 5) return failure("is damaged: a target is out of range" + std::string(kCopyAgain));
        if (code > 0) s.targets[dims[k]->id] = static_cast<int>(code) - 1;
    }

    if (r.varint() != catalogue.items.size() || !r.ok)
        return failure("is damaged: the checklist does not fit" + std::string(kCopyAgain));
    const std::string_view ticks = r.take(packed_size(catalogue.items.size(), 1));
    if (!r.ok) return failure("is damaged: the checklist is incomplete" + std::string(kCopyAgain));
    for (size_t k = 0; k < catalogue.items.size(); ++k)
        if (bits_at(ticks, k, 1)) s.items[catalogue.items[k].id].done = true;

    if (notes) {
        const size_t max_note = kMaxNoteLength * 4;  // bytes; parse_session checks characters
        const uint64_t count = r.varint();
        if (!r.ok || count > questions.size()) return failure("is damaged: the notes do not fit" + std::string(kCopyAgain));
        for (uint64_t k = 0; k < count && r.ok; ++k) {
            const uint64_t index = r.varint();
            std::string note = r.str(max_note);
            if (!r.ok || index >= questions.size())
                return failure("is damaged: a note does not fit" + std::string(kCopyAgain));
            s.notes[questions[static_cast<size_t>(index)]->id] = std::move(note);
        }
        const uint64_t item_count = r.varint();
        if (!r.ok || item_count > catalogue.items.size())
            return failure("is damaged: the checklist notes do not fit" + std::string(kCopyAgain));
        for (uint64_t k = 0; k < item_count && r.ok; ++k) {
            const uint64_t index = r.varint();
            std::string note = r.str(max_note);
            if (!r.ok || index >= catalogue.items.size())
                return failure("is damaged: a checklist note does not fit" + std::string(kCopyAgain));
            s.items[catalogue.items[static_cast<size_t>(index)].id].note = std::move(note);
        }
        s.meta.title = r.str(kMaxNameLength * 4);
        s.meta.respondent = r.str(kMaxNameLength * 4);
        if (!r.ok) return failure("is damaged: the title does not fit" + std::string(kCopyAgain));
    }
    if (r.at != payload.size()) return failure("is damaged: it has extra data" + std::string(kCopyAgain));

    // The same rules as a file: every value goes through parse_session.
    ImportResult result;
    result.session = parse_session(serialize_session(s), kShareLinkSource, model, catalogue);
    if (result.ok() && theirs != model.version)
        result.notes.push_back("This link was made with version " + theirs + " of the assessment model; this app "
                               "uses " + model.version + ", which has the same questions.");
    return result;
}

}  // namespace caf
