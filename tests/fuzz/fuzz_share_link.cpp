// Share-link decoding (core/share_link.h). A random byte string almost never
// has a valid CRC-32, so most inputs would stop at the checksum; the first
// input byte therefore says how the rest becomes a link:
//   0  the rest is the link text as pasted (prefix, '#', whitespace, base64)
//   1  the rest is the payload of a link format 3 ("v3.") link: the target
//      appends its CRC-32 and encodes it
//   2  the rest is the payload after the header (model id, version and
//      fingerprint of the app's model): header + rest + CRC-32, as "v3."
//   3  the same after the header of the 1.x app's links (model 1.0.0, link
//      format 1): "v1." + header + rest + CRC-32, so the old positions, the
//      legacy structure and the upgrade to 2.0 (session_migrate.h) are reached
// Modes 1 to 3 reach the decoder proper with every input, so about half of
// all runs decode to a new session. Each goes through the checks of
// fuzz_checks.h (assess, compare, merge, merge_newest, session file and link
// round trips); the writers (exports…), about three quarters of that time,
// run for every fourth of those sessions: fuzz_import and fuzz_autosave write
// every session, from a wider range of sessions than links can carry.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/share_link.h"
#include "fuzz_checks.h"
#include "fuzz_data.h"

namespace {

// Written again here, from RFC 1952 and RFC 4648, rather than taken from the
// code under test.
uint32_t crc32(std::string_view bytes) {
    uint32_t c = 0xFFFFFFFFu;
    for (char ch : bytes) {
        c ^= static_cast<unsigned char>(ch);
        for (int k = 0; k < 8; ++k) c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xFFFFFFFFu;
}

std::string base64url(std::string_view bytes) {
    static const char* abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out;
    uint32_t acc = 0;
    int bits = 0;
    for (char ch : bytes) {
        acc = (acc << 8) | static_cast<unsigned char>(ch);
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out += abc[(acc >> bits) & 63u];
        }
    }
    if (bits > 0) out += abc[(acc << (6 - bits)) & 63u];
    return out;
}

std::string unbase64url(std::string_view text) {
    std::string out;
    uint32_t acc = 0;
    int bits = 0;
    for (char c : text) {
        int v = c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26
              : c >= '0' && c <= '9' ? c - '0' + 52 : c == '-' ? 62 : 63;
        acc = (acc << 6) | static_cast<uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((acc >> bits) & 0xFFu);
        }
    }
    return out;
}

std::string link_of(std::string payload, const char* prefix = caf::kShareLinkPrefix) {
    const uint32_t crc = crc32(payload);
    for (int shift = 24; shift >= 0; shift -= 8) payload += static_cast<char>((crc >> shift) & 0xFFu);
    return std::string(prefix) + base64url(payload);
}

// The header of every link the 1.x app made (tests/fixtures/compat/v1): model
// "caf-ai-maturity" 1.0.0 and the fingerprint of its ids. A fact about links
// already out there, so written here, not computed by the code under test.
const std::string& v1_header() {
    static const std::string header = std::string("\x0f" "caf-ai-maturity" "\x01\x00\x00" "\x89\xcb\xd0\x5c", 23);
    return header;
}

// The header of the app's own links: id length, id, three varints, fingerprint.
const std::string& own_header() {
    static const std::string header = [] {
        const fuzz::Data& d = fuzz::builtin();
        const std::string link = caf::encode_share(d.model, d.catalogue, caf::new_session(d.model), false);
        const std::string bytes = unbase64url(std::string_view(link).substr(3));
        size_t at = 1 + static_cast<unsigned char>(bytes[0]);
        for (int k = 0; k < 3; ++k)
            while (static_cast<unsigned char>(bytes[at++]) & 0x80u) {}
        return bytes.substr(0, at + 4);
    }();
    return header;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const fuzz::Data& d = fuzz::builtin();
    const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    std::string link;
    switch (data[0] % 4) {
        case 0: link = std::string(rest); break;
        case 1: link = link_of(std::string(rest)); break;
        case 2: link = link_of(own_header() + std::string(rest)); break;
        default: link = link_of(v1_header() + std::string(rest), "v1."); break;
    }
    const caf::ImportResult r = caf::decode_share(link, d.model, d.catalogue);
    if (!r.ok()) {
        FUZZ_CHECK(r.session.errors.size() >= 1, "refused without an error: " + link);
        FUZZ_CHECK(r.session.errors[0].file == caf::kShareLinkSource, caf::errors_to_string(r.session.errors));
        return 0;
    }
    const caf::Session& s = *r.session.value;
    FUZZ_CHECK(s.meta.updated.empty(), link);
    FUZZ_CHECK(s.model_version == d.model.version, link);   // upgraded to this app's model
    // A link of the 1.x app is upgraded, and the user is told so.
    const bool v1 = link.find("v1.") != std::string::npos && link.find("v1.") == link.find_first_not_of("# \t\r\n");
    FUZZ_CHECK(!v1 || !r.notes.empty(), link);
    fuzz::check_accepted_once(s, 4);
    return 0;
}
