#pragma once
// What every fuzz target does with an input the core accepted: the whole
// way a user's data goes through the app and the CLI, with the properties
// that must hold on it. A broken property aborts (libFuzzer keeps the input
// as a crash file), like a sanitizer report does.
//
//   assess            CAF level, practices score, technology fit and roadmap
//   every export      export_file for Markdown, HTML, Azure Boards CSV,
//                     issues CSV, JSON report and session file (names and
//                     bytes); without notes, and with notes and the
//                     comparison and merge sections
//   compare           against itself: nothing changed; against a variant and
//                     an empty session: the comparison's Markdown and JSON
//   merge             with a variant (every answer one step on, ticks
//                     flipped): the merge JSON; the merged view round-trips
//                     as a file like any other
//   merge_newest      the tabs' per-field merge (session_sync.h) with the
//                     same variant stamped newer: the newer copy wins every
//                     field it changed, in either order; merging a copy with
//                     itself or with the result again changes nothing; the
//                     result round-trips as a file (change times included)
// The writers (exports, JSON report, comparison and merge documents) can be
// left out for some sessions: see check_accepted.
//   session file      serialise -> import gives the same session back (change
//                     times included) without an upgrade note, and
//                     serialising that again gives the same bytes
//   share link        (format 3) with notes: the same session back but for
//                     meta.updated and the change times, which links do not
//                     carry; without notes: the same answers (don't know
//                     included), targets, profile, checklist choice, ticks
//                     and the plan (owners, dates, settings, use cases)
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/assessment.h"
#include "core/compare.h"
#include "core/export.h"
#include "core/export_file.h"
#include "core/export_json.h"
#include "core/export_markdown.h"
#include "core/import.h"
#include "core/merge.h"
#include "core/model.h"
#include "core/plan_data.h"
#include "core/report.h"
#include "core/session.h"
#include "core/session_io.h"
#include "core/session_sync.h"
#include "core/share_link.h"

namespace fuzz {

[[noreturn]] inline void fail(const char* check, const std::string& detail) {
    std::fprintf(stderr, "\n==fuzz== check failed: %s\n%s\n", check, detail.c_str());
    std::abort();
}

#define FUZZ_CHECK(cond, detail)                         \
    do {                                                 \
        if (!(cond)) ::fuzz::fail(#cond, (detail));      \
    } while (0)

// How many inputs the core accepted, how many sessions went through
// check_accepted and how many of those through the writers too, printed at
// exit (scripts/fuzz.sh reports them).
struct Counts {
    unsigned long long accepted = 0, checked = 0, written = 0;
    static Counts& get() {
        static Counts counts;
        return counts;
    }
    ~Counts() {
        std::fprintf(stderr, "==fuzz== accepted: %llu, distinct sessions checked: %llu, with exports: %llu\n", accepted,
                     checked, written);
    }
};

// [SECTION] Session equality

inline bool same_items(const caf::Session& a, const caf::Session& b) {
    if (a.items.size() != b.items.size()) return false;
    for (auto ia = a.items.begin(), ib = b.items.begin(); ia != a.items.end(); ++ia, ++ib)
        if (ia->first != ib->first || ia->second.done != ib->second.done || ia->second.note != ib->second.note)
            return false;
    return true;
}

// The plan: its settings, per item the owner and dates, the use cases in order.
inline bool same_plan(const caf::Session& a, const caf::Session& b) {
    if (a.plan.start != b.plan.start || a.plan.capacity != b.plan.capacity || a.use_cases.size() != b.use_cases.size())
        return false;
    for (size_t k = 0; k < a.use_cases.size(); ++k) {
        const caf::UseCase &x = a.use_cases[k], &y = b.use_cases[k];
        if (x.id != y.id || x.name != y.name || x.value != y.value || x.sensitivity != y.sensitivity ||
            x.beneficiary != y.beneficiary || x.goal != y.goal || x.need != y.need)
            return false;
    }
    auto planned = [](const caf::Session& s) {
        std::vector<std::string> out;
        for (const auto& [id, st] : s.items)
            if (!st.owner.empty() || !st.start.empty() || !st.due.empty())
                out.push_back(id + "|" + st.owner + "|" + st.start + "|" + st.due);
        return out;
    };
    return planned(a) == planned(b);
}

// What a link without notes carries: profile, answers, targets, choice, ticks, the plan.
inline bool same_link_data(const caf::Session& a, const caf::Session& b) {
    if (a.profile != b.profile || a.answers != b.answers || a.targets != b.targets ||
        a.checklist_choice != b.checklist_choice || !same_plan(a, b))
        return false;
    std::vector<std::string> ticked_a, ticked_b;
    for (const auto& [id, st] : a.items)
        if (st.done) ticked_a.push_back(id);
    for (const auto& [id, st] : b.items)
        if (st.done) ticked_b.push_back(id);
    return ticked_a == ticked_b;
}

// Every field but meta.updated and the change times (links carry neither).
inline bool same_content(const caf::Session& a, const caf::Session& b) {
    return a.model_id == b.model_id && a.model_version == b.model_version && same_link_data(a, b) &&
           a.notes == b.notes && same_items(a, b) && a.meta.title == b.meta.title &&
           a.meta.respondent == b.meta.respondent;
}

inline bool same_session(const caf::Session& a, const caf::Session& b) {
    return same_content(a, b) && a.meta.updated == b.meta.updated && a.changed == b.changed;
}

inline std::string both(const caf::Session& a, const caf::Session& b) {
    return "first:\n" + caf::serialize_session(a) + "second:\n" + caf::serialize_session(b);
}

// [SECTION] Variants for compare and merge

// The next answer in unanswered -> 0 -> … -> 4 -> N/A (where allowed) ->
// don't know -> unanswered.
inline caf::Answer next_answer(const caf::Question& q, const caf::Answer& a) {
    if (!a.is_answered()) return caf::Answer::of(0);
    if (a.has_value() && a.value < caf::kMaxAnswer) return caf::Answer::of(a.value + 1);
    if (a.has_value() && q.allow_na) return caf::Answer::not_applicable();
    if (a.has_value() || a.is_na()) return caf::Answer::dont_know();
    return caf::Answer::unanswered();
}

// Another respondent's answers (or the same person in another tab): every
// answer, the practice and level questions and the quick checks, moves one
// step along next_answer; ticks flip. Not stamped: see stamped_newer.
inline caf::Session variant_of(const caf::Model& model, const caf::Catalogue& catalogue, const caf::Session& s) {
    caf::Session v = s;
    for (const auto& ph : model.phases)
        for (const auto& d : ph.dimensions)
            for (const auto& q : d.questions) v.set_answer(q.id, next_answer(q, s.answer(q.id)));
    for (const auto& g : model.readiness.groups)
        for (const auto& q : g.questions) v.set_answer(q.id, next_answer(q, s.answer(q.id)));
    for (const auto& item : catalogue.items) {
        caf::ItemState& st = v.items[item.id];
        st.done = !st.done;
        if (!st.done && st.note.empty()) v.items.erase(item.id);
    }
    v.meta.respondent = s.meta.respondent == "Variant" ? "Other" : "Variant";
    return v;
}

// The newest change time `s` holds (0 without any).
inline std::int64_t newest_stamp(const caf::Session& s) {
    std::int64_t t = 0;
    for (const auto& [key, when] : s.changed) t = std::max(t, when);
    return t;
}

// `v` with every field where it differs from `s` stamped at `when`, as the app
// stamps an edit: a cleared field keeps its time ("deleted at").
inline caf::Session stamped(caf::Session v, const caf::Session& s, std::int64_t when) {
    for (const std::string& key : caf::differing_fields(s, v)) caf::stamp(v, key, when);
    return v;
}

inline bool same_fields(const caf::Session& a, const caf::Session& b) {
    return caf::session_fields(a) == caf::session_fields(b) && a.changed == b.changed;
}

// [SECTION] The checks

// Every download, through export_file as the app and the CLI make them.
inline void check_exports(const caf::Model& model, const caf::Catalogue& catalogue, const caf::Session& s,
                          const caf::Assessment& assessment, const caf::ExportContext& context) {
    using F = caf::ExportFormat;
    for (F format : {F::Markdown, F::Html, F::CsvAzureBoards, F::CsvIssues, F::JsonReport, F::Session, F::Ics}) {
        const caf::ExportedFile file = caf::export_file(format, model, catalogue, s, assessment, context);
        FUZZ_CHECK(!file.name.empty() && file.name.find('/') == std::string::npos && !file.mime.empty(), file.name);
        FUZZ_CHECK(!file.bytes.empty(), file.name + "\n" + caf::serialize_session(s));
    }
}

inline void check_session_file(const caf::Model& model, const caf::Catalogue& catalogue, const caf::Session& s) {
    const std::string text = caf::serialize_session(s);
    const caf::ImportResult back = caf::import_session(text, "fuzz.json", model, catalogue);
    FUZZ_CHECK(back.ok(), text + caf::errors_to_string(back.session.errors));
    FUZZ_CHECK(same_session(*back.session.value, s), both(s, *back.session.value));
    FUZZ_CHECK(back.notes.empty(), text + back.notes.front());   // what this app writes needs no upgrade
    FUZZ_CHECK(caf::serialize_session(*back.session.value) == text, text);
}

inline void check_share_links(const caf::Model& model, const caf::Catalogue& catalogue, const caf::Session& s) {
    const std::string with_notes = caf::encode_share(model, catalogue, s, true);
    FUZZ_CHECK(with_notes.rfind(caf::kShareLinkPrefix, 0) == 0, with_notes);
    const caf::ImportResult a = caf::decode_share(with_notes, model, catalogue);
    FUZZ_CHECK(a.ok(), with_notes + "\n" + caf::errors_to_string(a.session.errors) + caf::serialize_session(s));
    FUZZ_CHECK(same_content(*a.session.value, s), both(s, *a.session.value));
    FUZZ_CHECK(a.notes.empty(), with_notes + "\n" + a.notes.front());

    const std::string without = caf::encode_share(model, catalogue, s, false);
    const caf::ImportResult b = caf::decode_share(without, model, catalogue);
    FUZZ_CHECK(b.ok(), without + "\n" + caf::errors_to_string(b.session.errors) + caf::serialize_session(s));
    FUZZ_CHECK(same_link_data(*b.session.value, s), both(s, *b.session.value));
    FUZZ_CHECK(b.session.value->notes.empty() && b.session.value->meta.title.empty(), without);
}

// The tabs' merge (session_sync.h) of `s` and `variant`, the variant's
// changes made after everything `s` holds.
inline void check_merge_newest(const caf::Model& model, const caf::Catalogue& catalogue, const caf::Session& s,
                               const caf::Session& variant) {
    const caf::Session self = caf::merge_newest(s, s);
    FUZZ_CHECK(same_fields(self, s), both(s, self));

    const std::int64_t newest = newest_stamp(s);
    if (newest >= caf::kMaxStampMs) return;   // nothing can be newer (files refuse later times)
    const caf::Session newer = stamped(variant, s, newest + 1);
    const caf::Session ab = caf::merge_newest(s, newer), ba = caf::merge_newest(newer, s);
    FUZZ_CHECK(same_fields(ab, newer), both(newer, ab));        // the newer edit wins every field it made
    FUZZ_CHECK(same_fields(ba, ab), both(ab, ba));              // in either order
    FUZZ_CHECK(same_fields(caf::merge_newest(ab, s), ab), both(s, ab));   // an old copy again changes nothing
    check_session_file(model, catalogue, ab);
}

// Everything above, for a session the core accepted for `model`. With
// `writers` false the exports, the JSON report and the comparison and merge
// documents are left out (about three quarters of the time); everything
// else still runs.
// `plan_data`: data/plan.json loaded for this model once (nullptr: each export
// loads the embedded one, as the CLI does; a custom model's catalogue may have none).
inline void check_accepted(const caf::Model& model, const caf::Catalogue& catalogue, const caf::Session& s,
                           bool writers = true, const caf::PlanData* plan_data = nullptr) {
    const caf::Assessment assessment = caf::assess(model, catalogue, s);

    // Compare: with itself nothing changed; then with a variant and with an empty session.
    const caf::Comparison same = caf::compare(model, catalogue, s, s);
    FUZZ_CHECK(same.unchanged() && same.newly_done == 0 && same.regressed == 0, caf::serialize_session(s));
    const caf::Session variant = variant_of(model, catalogue, s);
    const caf::Comparison changed = caf::compare(model, catalogue, variant, s);
    const caf::Comparison from_empty = caf::compare(model, catalogue, caf::new_session(model), s);

    // Merge with the variant; the merged view is a session like any other.
    const caf::Merged merged = caf::merge(model, catalogue, {s, variant}, {"first", "second"});
    check_session_file(model, catalogue, merged.session);
    // The tabs' merge, per field, newest wins.
    check_merge_newest(model, catalogue, s, variant);

    check_session_file(model, catalogue, s);
    check_share_links(model, catalogue, s);
    if (!writers) return;

    FUZZ_CHECK(!caf::comparison_markdown(changed).empty(), caf::serialize_session(s));
    FUZZ_CHECK(!caf::comparison_json(model, from_empty).empty(), caf::serialize_session(s));
    FUZZ_CHECK(!caf::merge_json(model, merged).empty(), caf::serialize_session(s));
    // Every export: without notes, then with notes and the comparison and merge sections.
    caf::ExportContext plain;
    plain.plan_data = plan_data;
    check_exports(model, catalogue, s, assessment, plain);
    caf::ExportContext full;
    full.plan_data = plan_data;
    full.include_notes = true;
    full.date = "2026-11-23";
    full.saved_at = "2026-11-23T10:00:00Z";
    full.csv.bom = false;
    full.comparison = &changed;
    full.merged = &merged;
    check_exports(model, catalogue, s, assessment, full);
}

}  // namespace fuzz
