// Several tabs of the app against one fake platform (one browser's storage): every
// edit is stamped with the clock, autosave reads, merges and writes, another tab's
// write is merged in at once and said briefly (top bar, screen reader), and earlier versions are kept
// before anything replaces the session. No ImGui anywhere.
#include <catch2/catch.hpp>

#include <memory>

#include "app/intents.h"
#include "core/autosave.h"
#include "core/history.h"
#include "core/session_io.h"
#include "core/session_sync.h"
#include "fake_platform.h"

using namespace app;
using caf::Answer;
using platform::StorageStatus;

namespace {

constexpr std::int64_t kMinute = 60 * 1000;

// One tab: its own state and intents, the browser's platform (and storage) shared.
struct Tab {
  AppState state;
  Intents act;
  explicit Tab(test::FakePlatform& p) : act(state, p) { act.start(); }
  const std::string& q(int i) const { return state.sequence[size_t(i)].question->id; }
  Answer answer(int i) const { return state.session.answer(q(i)); }
  std::int64_t stamp(const std::string& key) const {
    const auto it = state.session.changed.find(key);
    return it == state.session.changed.end() ? -1 : it->second;
  }
};

struct Browser {
  test::FakePlatform platform;
  std::unique_ptr<Tab> open() { return std::make_unique<Tab>(platform); }
  // The browser tells every other tab that `key` was written.
  void tell(Tab& t, const char* key = contracts::storage_key::autosave) { t.act.storage_changed(key); }
  caf::Session stored(const Tab& t) const {
    auto a = caf::parse_autosave(platform.storage.at(contracts::storage_key::autosave), t.state.model, t.state.catalogue);
    REQUIRE(a.ok());
    return a.value->session;
  }
  caf::History history(const Tab& t) const {
    const auto it = platform.storage.find(contracts::storage_key::history);
    if (it == platform.storage.end()) return {};
    const caf::ParsedHistory h = caf::parse_history(it->second, t.state.model, t.state.catalogue);
    REQUIRE(h.error.empty());
    return h.history;
  }
  void later(std::int64_t ms) { platform.clock_ms += ms; }
};

}  // namespace

TEST_CASE("tabs: every edit stamps its field with the clock, in order even when the clock stands still", "[tabs]") {
  Browser b;
  auto t = b.open();
  const std::int64_t t0 = b.platform.clock_ms;
  t->act.set_answer(t->q(0), Answer::of(3));
  CHECK(t->stamp("answers/" + t->q(0)) == t0);
  int na = 1;   // a question that allows N/A
  while (!t->state.sequence[size_t(na)].question->allow_na) ++na;
  t->act.set_answer(t->q(na), Answer::not_applicable());   // the same millisecond
  CHECK(t->stamp("answers/" + t->q(na)) == t0 + 1);
  t->act.set_answer(t->q(2), Answer::dont_know());
  CHECK(t->stamp("answers/" + t->q(2)) == t0 + 2);
  b.platform.clock_ms -= 5000;                             // the clock went back
  t->act.set_answer(t->q(0), Answer::unanswered());        // cleared: a stamp without a value
  CHECK(t->stamp("answers/" + t->q(0)) == t0 + 3);
  CHECK_FALSE(t->state.session.answer(t->q(0)).is_answered());

  b.platform.clock_ms = t0 + 10 * kMinute;
  const std::int64_t t1 = b.platform.clock_ms;
  const caf::ProfileQuestion& pq = t->state.model.profile.front();
  t->act.set_profile(pq.id, pq.options.back().id);
  CHECK(t->stamp("profile/" + pq.id) == t1);
  const std::string dim = t->state.model.phases.front().dimensions.front().id;
  t->act.set_target(dim, 3);
  CHECK(t->stamp("targets/" + dim) == t1 + 1);
  t->act.set_checklist_choice(caf::ChecklistChoice::Enterprise);
  CHECK(t->stamp("checklist/choice") == t1 + 2);
  const std::string item = t->state.catalogue.items.front().id;
  t->act.toggle_item(item);
  CHECK(t->stamp("items/" + item + "/done") == t1 + 3);
  t->act.edit_item_note(item);
  t->act.text_edited(int(TextPurpose::ItemNote), "ask the CISO", true);
  CHECK(t->stamp("items/" + item + "/note") == t1 + 4);
  t->act.edit_question_note(t->q(1));
  t->act.text_edited(int(TextPurpose::QuestionNote), "see the wiki", true);
  CHECK(t->stamp("notes/" + t->q(1)) == t1 + 5);
  // Cancelled: nothing changed, nothing stamped.
  t->act.edit_question_note(t->q(2));
  t->act.text_edited(int(TextPurpose::QuestionNote), "never mind", false);
  CHECK(t->stamp("notes/" + t->q(2)) == -1);
  // The stamps are what is stored.
  CHECK(b.stored(*t).changed == t->state.session.changed);
}

TEST_CASE("tabs: answers given in two tabs both survive, in both and in a new tab", "[tabs]") {
  Browser b;
  auto a = b.open();
  auto c = b.open();   // both open before anything was saved
  a->act.go(caf::Step::Assessment);
  a->act.set_answer(a->q(0), Answer::of(1));
  b.later(1000);
  a->act.set_answer(a->q(1), Answer::of(2));
  b.tell(*c);   // tab C merges tab A's write at once
  CHECK(c->answer(0) == Answer::of(1));
  CHECK(c->answer(1) == Answer::of(2));
  // Said briefly: in the top bar and to screen readers, with no banner that moves the page.
  CHECK_FALSE(c->state.notice);
  CHECK(c->state.tab_update == "2 changes from another tab");
  CHECK(b.platform.said.back() == "Updated with changes made in another tab. 2 changes made there are shown here too.");
  CHECK(c->state.tab_updates == 1);
  CHECK(c->state.step == caf::Step::Welcome);   // where the user is stays

  b.later(1000);
  a->act.go_question(2);
  c->act.go_to_question(5);
  c->act.set_answer(c->q(5), Answer::of(4));
  b.tell(*a);
  CHECK(a->answer(0) == Answer::of(1));
  CHECK(a->answer(5) == Answer::of(4));
  CHECK(a->state.question == 2);   // tab A stays on its question
  CHECK(a->state.step == caf::Step::Assessment);

  auto d = b.open();   // a new tab
  CHECK(d->answer(0) == Answer::of(1));
  CHECK(d->answer(1) == Answer::of(2));
  CHECK(d->answer(5) == Answer::of(4));
}

TEST_CASE("tabs: a tab that missed the others' writes merges before it writes, and its old fields lose", "[tabs]") {
  Browser b;
  auto old = b.open();
  old->act.go(caf::Step::Assessment);
  old->act.set_answer(old->q(0), Answer::of(1));
  old->act.set_answer(old->q(1), Answer::of(1));
  b.later(3 * 24 * 60 * kMinute);   // days later, in another tab
  auto fresh = b.open();
  fresh->act.set_answer(fresh->q(0), Answer::of(4));     // changes what the old tab had
  fresh->act.set_answer(fresh->q(2), Answer::of(3));
  b.later(kMinute);
  // The old tab wakes (no storage event reached it) and changes one answer of its own.
  old->act.set_answer(old->q(3), Answer::of(2));
  const caf::Session stored = b.stored(*old);
  CHECK(stored.answer(old->q(0)) == Answer::of(4));   // the newer edit from the other tab
  CHECK(stored.answer(old->q(1)) == Answer::of(1));   // untouched since: kept
  CHECK(stored.answer(old->q(2)) == Answer::of(3));
  CHECK(stored.answer(old->q(3)) == Answer::of(2));   // its own new edit wins
  CHECK(old->answer(0) == Answer::of(4));              // and the old tab shows the merge
  CHECK(old->state.tab_update == "2 changes from another tab");   // q0 and q2

  // Navigation saves merge too: a clearing in the other tab reaches the old tab's storage writes.
  b.later(kMinute);
  fresh->act.set_answer(fresh->q(2), Answer::unanswered());
  old->act.next_question();
  CHECK_FALSE(b.stored(*old).answer(old->q(2)).is_answered());
  CHECK_FALSE(old->answer(2).is_answered());
}

TEST_CASE("tabs: nothing new, no notice, something the stored copy lacks is written back", "[tabs]") {
  Browser b;
  auto a = b.open();
  auto c = b.open();
  a->act.set_answer(a->q(0), Answer::of(2));
  b.tell(*c);
  CHECK(c->state.tab_update == "1 change from another tab");
  const std::string written = b.platform.storage.at(contracts::storage_key::autosave);
  b.tell(*c);   // the same write again (or the tab became visible)
  CHECK_FALSE(c->state.notice);
  CHECK(c->state.tab_updates == 1);
  CHECK(b.platform.storage.at(contracts::storage_key::autosave) == written);   // no write needed

  // Two tabs wrote at nearly the same moment and A's copy replaced C's edit in the storage:
  // C still holds it, merges A's write and writes the union back.
  b.later(1000);
  c->act.set_answer(c->q(1), Answer::of(3));
  CHECK(c->state.tab_update.empty());   // the last change is this tab's own
  b.later(1000);
  caf::Session lost_race = a->state.session;   // what A would have written without seeing C's edit
  caf::Autosave env;
  env.session = lost_race;
  b.platform.storage[contracts::storage_key::autosave] = caf::serialize_autosave(env);
  b.tell(*c);
  CHECK(b.stored(*c).answer(c->q(1)) == Answer::of(3));
  CHECK(b.stored(*c).answer(c->q(0)) == Answer::of(2));
  // Keys this tab does not use are none of its business.
  b.platform.storage["something-else"] = "x";
  c->act.storage_changed("something-else");
  CHECK(c->answer(1) == Answer::of(3));
}

TEST_CASE("tabs: a warning on screen is not replaced by the update notice", "[tabs]") {
  Browser b;
  auto a = b.open();
  auto c = b.open();
  c->act.show_notice(Notice::Kind::Warning, "Autosave failed: the browser's storage is full", "…");
  a->act.set_answer(a->q(0), Answer::of(2));
  b.tell(*c);
  CHECK(c->answer(0) == Answer::of(2));
  CHECK(c->state.notice->title == "Autosave failed: the browser's storage is full");
  CHECK(b.platform.said.back() == "Updated with changes made in another tab. 1 change made there is shown here too.");
}

TEST_CASE("tabs: start over in one tab clears the others, a copy is kept first", "[tabs][history]") {
  Browser b;
  auto a = b.open();
  auto c = b.open();
  a->act.go(caf::Step::Assessment);
  for (int i = 0; i < 4; ++i) a->act.set_answer(a->q(i), Answer::of(i));
  b.tell(*c);
  REQUIRE(c->answer(3) == Answer::of(3));
  b.later(kMinute);
  c->act.ask_start_over();
  c->act.start_over();
  CHECK(c->state.session.answers.empty());
  // Every field it had is stamped as cleared now: no older copy brings one back.
  CHECK(c->stamp("answers/" + c->q(0)) == b.platform.clock_ms);
  b.tell(*a);
  CHECK(a->state.session.answers.empty());
  REQUIRE(a->state.notice);
  CHECK(a->state.notice->text == "4 changes made there are shown here too. Anything cleared there can be brought "
                                 "back with History: Restore an earlier version.");
  b.later(1000);
  a->act.next_question();   // tab A saves again: the answers stay cleared
  CHECK(b.stored(*a).answers.empty());

  const caf::History h = b.history(*a);
  REQUIRE_FALSE(h.snapshots.empty());
  CHECK(h.snapshots.front().answers == 4);   // the state before Start over
  CHECK(h.snapshots.front().session.answer(a->q(3)) == Answer::of(3));
}

TEST_CASE("history: a version at the first save, then every 10 minutes of editing", "[tabs][history]") {
  Browser b;
  auto t = b.open();
  t->act.go(caf::Step::Assessment);
  CHECK(b.history(*t).snapshots.empty());   // nothing to keep yet
  t->act.set_answer(t->q(0), Answer::of(1));
  REQUIRE(b.history(*t).snapshots.size() == 1);
  b.later(5 * kMinute);
  t->act.set_answer(t->q(1), Answer::of(1));
  CHECK(b.history(*t).snapshots.size() == 1);
  b.later(5 * kMinute);
  t->act.set_answer(t->q(2), Answer::of(1));
  REQUIRE(b.history(*t).snapshots.size() == 2);
  CHECK(b.history(*t).snapshots.front().answers == 3);
  // Saves with nothing changed (moving around) 10 minutes later: not stored twice.
  b.later(11 * kMinute);
  t->act.next_question();
  CHECK(b.history(*t).snapshots.size() == 2);

  // A tab started later keeps a version at its first save too (unless it equals the newest).
  b.later(kMinute);
  auto other = b.open();
  other->act.set_answer(other->q(4), Answer::of(4));
  CHECK(b.history(*t).snapshots.size() == 3);
  CHECK(t->state.versions_kept);
}

TEST_CASE("history: import, merged view and restore keep a version first, a restore can be undone", "[tabs][history]") {
  Browser b;
  auto t = b.open();
  t->act.go(caf::Step::Assessment);
  for (int i = 0; i < 3; ++i) t->act.set_answer(t->q(i), Answer::of(2));
  const caf::Session mine = t->state.session;

  // An import replaces the answers (after the user's OK): the state before is a version.
  caf::Session theirs = caf::new_session(t->state.model);
  theirs.set_answer(t->q(10), Answer::of(4));
  b.later(kMinute);
  t->act.file_opened(int(FilePurpose::Import), "theirs.json", caf::serialize_session(theirs), "");
  REQUIRE(t->state.pending_replace);
  t->act.accept_pending();
  CHECK(t->answer(10) == Answer::of(4));
  CHECK_FALSE(t->answer(0).is_answered());
  caf::History h = b.history(*t);
  REQUIRE(h.snapshots.size() >= 1);
  CHECK(caf::session_fields(h.snapshots.front().session) == caf::session_fields(mine));

  // The list, newest first; restoring the one before the import brings the answers back.
  b.later(kMinute);
  b.platform.utc_offset = 90;   // the browser's time zone: the list shows local times
  t->act.open_versions();
  REQUIRE(t->state.versions);
  CHECK(t->state.dialog() == Dialog::Versions);
  CHECK(t->state.versions->now_ms == b.platform.clock_ms);
  const size_t n = t->state.versions->history.snapshots.size();
  REQUIRE(t->state.versions->when.size() == n);
  const caf::Snapshot& newest = t->state.versions->history.snapshots.front();
  CHECK(t->state.versions->when.front() == caf::snapshot_time_label(newest.saved_at, 90));
  CHECK(t->state.versions->when.front() != caf::snapshot_time_label(newest.saved_at));
  const std::string when = t->state.versions->when.front();
  t->act.restore_version(0);
  CHECK_FALSE(t->state.versions);
  CHECK(t->answer(0) == Answer::of(2));
  CHECK_FALSE(t->answer(10).is_answered());
  REQUIRE(t->state.notice);
  CHECK(t->state.notice->title == "Opened the version of " + when);
  // The imported state is kept as a version too: the restore itself can be undone.
  h = b.history(*t);
  REQUIRE(h.snapshots.size() == n + 1);
  CHECK(h.snapshots.front().session.answer(t->q(10)) == Answer::of(4));
  // Stored with every field stamped now: other tabs adopt the restore.
  auto other = b.open();
  CHECK(other->answer(0) == Answer::of(2));
  CHECK_FALSE(other->answer(10).is_answered());

  // Escape closes the list; an index past its end does nothing.
  t->act.open_versions();
  t->act.back();
  CHECK_FALSE(t->state.versions);
  t->act.restore_version(99);
  CHECK(t->answer(0) == Answer::of(2));
}

TEST_CASE("tabs: storage that refuses keeps everything in the tab, as before", "[tabs]") {
  Browser b;
  auto t = b.open();
  t->act.set_answer(t->q(0), Answer::of(3));
  b.platform.write_result = StorageStatus::Full;
  t->act.set_answer(t->q(1), Answer::of(4));
  CHECK(t->state.save_status == SaveStatus::Failed);
  CHECK(t->answer(0) == Answer::of(3));
  CHECK(t->answer(1) == Answer::of(4));
  // A start over while the storage is full still starts over (the version is not kept).
  t->act.start_over();
  CHECK(t->state.session.answers.empty());

  b.platform.write_result = StorageStatus::Ok;
  b.platform.read_result = StorageStatus::Disabled;
  t->act.set_answer(t->q(2), Answer::of(1));
  CHECK(t->answer(2) == Answer::of(1));
}

TEST_CASE("tabs: a stored copy this tab cannot read is kept aside before it is replaced", "[tabs]") {
  Browser b;
  auto t = b.open();
  t->act.set_answer(t->q(0), Answer::of(3));
  b.platform.storage[contracts::storage_key::autosave] = "{\"format\":\"caf-ai-autosave\",\"format_version\":9}";
  t->act.set_answer(t->q(1), Answer::of(1));
  CHECK(b.platform.storage.at(contracts::storage_key::autosave_backup) ==
        "{\"format\":\"caf-ai-autosave\",\"format_version\":9}");
  CHECK(b.stored(*t).answer(t->q(1)) == Answer::of(1));
}
