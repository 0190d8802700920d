#pragma once
// Share links: the answers, targets, profile, checklist choice and ticks, the
// plan (its start and capacity, per item the owner and pinned dates) and the
// use-case portfolio (and, only if the user opts in, the notes, title and
// respondent) packed into the URL fragment, which browsers never send to a
// server. About 110 characters without notes or plan for the full model.
//
// Fragment text: "v3." + base64url (RFC 4648 §5, no padding) of
//
//   u8      length of the model id, then the id bytes
//   varint  model major, minor, patch version
//   u32     structure fingerprint: FNV-1a over the ids, in order, of the
//           profile questions and their options, the scored questions, the
//           dimensions and the checklist items (positions below refer to
//           these lists, so the fingerprint says they mean the same thing)
//   u8      flags: bit 0 notes included, bits 1-2 checklist choice
//           (0 auto, 1 startup, 2 enterprise)
//   u8      P = profile questions, then P bytes: option index + 1 (0 = none)
//   varint  Q = questions (model order: Strategy, Plan, then the readiness
//           quick checks), then Q 3-bit codes packed LSB first:
//           0 unanswered, 1..5 = answer 0..4, 6 = N/A, 7 = don't know
//   varint  D = dimensions (model order), then D 3-bit codes: 0 default
//           target, 1..5 = target 0..4
//   varint  I = catalogue items (catalogue order), then I bits: ticked done
//   plan    varint plan start (days since 1900-01-01 + 1, 0 = not chosen);
//           u8 capacity (0 = not chosen); varint count, count x (varint item
//           index, u8 mask: bit 0 owner, bit 1 start, bit 2 due, then the
//           owner string and the dates as above, each when its bit is set);
//           varint use cases, each: string id, string name, u8 value 1..5 in
//           bits 0-2, sensitivity in bits 3-5 (0 none, 1 public, 2 internal,
//           3 confidential, 4 regulated), beneficiary in bits 6-7 (0 none,
//           1 employees, 2 partners, 3 customers), string goal, string need
//   [notes] when flag bit 0: varint count, count x (varint question index,
//           string); varint count, count x (varint item index, string);
//           string title; string respondent (string = varint length + UTF-8)
//   u32     CRC-32 (IEEE) of everything above, big-endian
//
// Link format 2 ("v2.") is the same without the plan; link format 1 ("v1.",
// model 1.x) is format 2 without code 7 and with the scored questions only. Positions refer to the ids of the model version that
// made the link: the current model's, or an earlier version's kept in
// data/legacy/share_structures.json (chosen by the fingerprint), so every link
// ever made opens; its session is then upgraded like a file of that version
// (session_migrate.h).
//
// decode_share verifies everything before it builds a session, then runs it
// through parse_session, so a link can never hold what a file could not.
// Errors ("share link: …") say what is wrong in plain words: not a link of
// this app, a newer link format, a character a link never has, cut off,
// changed (checksum; also non-canonical base64, so every changed character
// is caught), another model, or another model version whose
// questions differ (a link from another version with the same fingerprint is
// accepted, with a note). Whitespace inside the text (a link broken over
// lines by a mail program) and a leading '#' are ignored.
#include <string>
#include <string_view>

#include "core/import.h"
#include "core/model.h"
#include "core/session.h"

namespace caf {

constexpr const char* kShareLinkPrefix = "v3.";   // what encode_share writes
constexpr int kShareLinkFormat = 3;                 // the newest link format this app reads
// What one byte of a link can count; load_model refuses larger models, so
// every model that loads can be shared.
constexpr size_t kMaxShareModelId = 255;          // bytes of the model id
constexpr size_t kMaxShareProfileQuestions = 255;
constexpr size_t kMaxShareProfileOptions = 255;   // per profile question (answer code = index + 1)
constexpr const char* kShareLinkSource = "share link";  // the "file" of LoadErrors

// The fragment text (without '#').
std::string encode_share(const Model& model, const Catalogue& catalogue, const Session& session,
                         bool include_notes);

// True when `fragment` (with or without '#') looks like one of our links
// ("v" + digits + "."), so the app knows to try decoding it.
bool looks_like_share(std::string_view fragment);

ImportResult decode_share(std::string_view fragment, const Model& model, const Catalogue& catalogue);

}  // namespace caf
