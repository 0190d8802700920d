// The intents against a fake platform: moving through the steps, answering,
// autosave and its status, the replace-your-answers flow, notes, downloads and
// the requests intents leave for the view layer. No ImGui anywhere.
#include <catch2/catch.hpp>

#include "app/intents.h"
#include "core/autosave.h"
#include "core/session_io.h"
#include "core/share_link.h"
#include "fake_platform.h"

using namespace app;
using platform::StorageStatus;

namespace {

bool test_contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }


struct Fixture {
  test::FakePlatform platform;
  AppState state;
  Intents act{state, platform};
  Fixture() { act.start(); }
  // A session with the profile filled in and the first `answered` questions answered.
  caf::Session some_work(int answered = 3) const {
    caf::Session s = caf::new_session(state.model);
    for (const caf::ProfileQuestion& q : state.model.profile) s.profile[q.id] = q.options.front().id;
    for (int i = 0; i < answered; ++i) s.set_answer(state.sequence[size_t(i)].question->id, caf::Answer::of(2));
    return s;
  }
  std::string stored() const {
    const auto it = platform.storage.find(contracts::storage_key::autosave);
    return it == platform.storage.end() ? "" : it->second;
  }
};

}  // namespace

TEST_CASE("start-up loads the built-in model and waits on Welcome", "[intents]") {
  Fixture f;
  REQUIRE(f.state.data_ok);
  CHECK(f.state.step == caf::Step::Welcome);
  CHECK(f.state.sequence.size() == 68);   // no profile yet: every question, quick checks included
  CHECK(f.state.save_status == SaveStatus::NotYet);
  CHECK_FALSE(f.state.has_work());
  CHECK(f.stored().empty());   // nothing worth keeping yet
}

TEST_CASE("going to a step resets focus and scroll, announces it and autosaves", "[intents]") {
  Fixture f;
  f.act.take_requests();
  f.act.go(caf::Step::Profile);
  CHECK(f.state.step == caf::Step::Profile);
  const ViewRequests r = f.act.take_requests();
  CHECK(r.reset_focus);
  CHECK(r.scroll_to_top);
  CHECK(r.frames >= 2);
  CHECK(f.platform.said.back() == "Now showing: profile");
  CHECK(f.state.save_status == SaveStatus::Saved);
  auto saved = caf::parse_autosave(f.stored(), f.state.model, f.state.catalogue);
  REQUIRE(saved.ok());
  CHECK(saved.value->view.step == caf::Step::Profile);
  // Taken once: the next frame has nothing left to do.
  CHECK_FALSE(f.act.take_requests().reset_focus);
}

TEST_CASE("questions: keys answer, next and previous run past the ends", "[intents]") {
  Fixture f;
  f.act.go(caf::Step::Assessment);
  CHECK(f.state.question == 0);
  CHECK(f.platform.said.back().rfind("Question 1 of 68", 0) == 0);
  CHECK(test_contains(f.platform.said.back(), "D, don't know."));
  const std::string first = f.state.sequence[0].question->id;
  f.act.answer_by_key('3');
  CHECK(f.state.session.answer(first) == caf::Answer::of(3));
  CHECK(f.platform.said.back() == "Answer chosen: " + f.state.sequence[0].question->options[3].label);
  f.act.answer_by_key('7');   // no such level
  CHECK(f.state.session.answer(first) == caf::Answer::of(3));
  f.act.answer_by_key('d');
  CHECK(f.state.session.answer(first) == caf::Answer::dont_know());
  CHECK(f.platform.said.back() == "Answer chosen: Don't know");
  f.act.answer_by_key('3');
  f.act.set_answer(first, caf::Answer::unanswered());
  CHECK(f.platform.said.back() == "Answer cleared");

  f.act.previous_question();   // before the first question: the profile
  CHECK(f.state.step == caf::Step::Profile);
  f.act.primary_action();      // Enter on the profile: the questions
  CHECK(f.state.step == caf::Step::Assessment);
  f.act.go_question(67);
  f.act.next_question();       // after the last: the results
  CHECK(f.state.step == caf::Step::Results);
  f.act.answer_by_key('2');    // keys answer only on a question
  CHECK(f.state.session.answers.empty());
}

TEST_CASE("the questions asked follow the profile, and the cursor stays on its question", "[intents]") {
  Fixture f;
  f.act.go(caf::Step::Assessment);
  const auto index = [&](const char* id) { return *caf::index_of(f.state.sequence, id); };
  f.act.go_question(index("secure_data_protection"));
  f.act.set_profile("ai_approach", "copilots");
  f.act.refresh();          // results and the sequence are rebuilt between frames
  CHECK(f.state.sequence.size() == 51);   // Copilot users are not asked the Azure quick checks
  CHECK(f.state.current_question()->question->id == "secure_data_protection");
  f.act.answer_by_key('d');
  CHECK(f.state.session.answer("secure_data_protection").is_dont_know());
  CHECK(f.platform.said.back() == "Answer chosen: Don't know");
  // On a question the new profile does not ask: the cursor moves on to the next one that is asked.
  f.act.set_profile("ai_approach", "paas");
  f.act.refresh();
  f.act.go_question(index("ready_networking"));
  f.act.set_profile("ai_approach", "low_code");
  f.act.refresh();
  CHECK(f.state.current_question()->question->id == "secure_resource_controls");   // the Ready checks are Azure only
}

TEST_CASE("arriving at the questions continues at the first unanswered one", "[intents]") {
  Fixture f;
  f.act.load_session_now(caf::serialize_session(f.some_work(5)));
  f.act.go(caf::Step::Assessment);
  CHECK(f.state.question == 5);
}

TEST_CASE("N chooses not applicable only where a question allows it", "[intents]") {
  Fixture f;
  f.act.go(caf::Step::Assessment);
  int with_na = -1, without_na = -1;
  for (const caf::QuestionRef& r : f.state.sequence) {
    if (r.question->allow_na && with_na < 0) with_na = r.index;
    if (!r.question->allow_na && without_na < 0) without_na = r.index;
  }
  REQUIRE(with_na >= 0);
  REQUIRE(without_na >= 0);
  f.act.go_question(with_na);
  f.act.answer_by_key('n');
  CHECK(f.state.session.answer(f.state.sequence[size_t(with_na)].question->id).is_na());
  f.act.go_question(without_na);
  f.act.answer_by_key('n');
  CHECK_FALSE(f.state.session.answer(f.state.sequence[size_t(without_na)].question->id).is_answered());
}

TEST_CASE("autosave status follows what the storage answers", "[intents][autosave]") {
  Fixture f;
  f.act.go(caf::Step::Profile);
  REQUIRE(f.state.save_status == SaveStatus::Saved);

  f.platform.write_result = StorageStatus::Full;
  f.act.set_profile(f.state.model.profile.front().id, f.state.model.profile.front().options.front().id);
  CHECK(f.state.save_status == SaveStatus::Failed);
  REQUIRE(f.state.notice);
  CHECK(f.state.notice->title == "Autosave failed: the browser's storage is full");
  CHECK(f.state.notice->kind == Notice::Kind::Warning);
  // Said once, not after every change.
  f.act.dismiss_notice();
  f.act.set_target(f.state.model.phases.front().dimensions.front().id, 3);
  CHECK_FALSE(f.state.notice);
  CHECK(f.state.has_work());   // the answers stay in the tab

  f.platform.write_result = StorageStatus::Disabled;
  f.act.set_target(f.state.model.phases.front().dimensions.front().id, 2);
  CHECK(f.state.save_status == SaveStatus::Off);
  REQUIRE(f.state.notice);
  CHECK(f.state.notice->title == "Autosave is off");
  CHECK(f.state.save_detail == "the browser said no");

  f.platform.write_result = StorageStatus::Ok;
  f.act.set_target(f.state.model.phases.front().dimensions.front().id, 1);
  CHECK(f.state.save_status == SaveStatus::Saved);
  CHECK(f.state.save_detail.empty());
}

TEST_CASE("a reload restores the session and where the user was", "[intents][autosave]") {
  Fixture first;
  first.act.load_session_now(caf::serialize_session(first.some_work(4)));
  first.act.go(caf::Step::Assessment);
  first.act.go_question(7);
  first.act.set_theme(ThemeId::Dark);

  test::FakePlatform later_platform;
  later_platform.storage = first.platform.storage;
  AppState state;
  Intents act{state, later_platform};
  act.start();
  CHECK(state.restored);
  CHECK(state.save_status == SaveStatus::Saved);
  CHECK(state.step == caf::Step::Assessment);
  CHECK(state.question == 7);
  CHECK(state.prefs.theme == ThemeId::Dark);
  CHECK(state.session.answers.size() == 4);
}

TEST_CASE("unreadable stored data is kept under the backup key and the user is told", "[intents][autosave]") {
  test::FakePlatform platform;
  platform.storage[contracts::storage_key::autosave] = "{\"format\": \"caf-ai-autosave\", \"trunc";
  AppState state;
  Intents act{state, platform};
  act.start();
  CHECK(platform.storage.at(contracts::storage_key::autosave_backup) == "{\"format\": \"caf-ai-autosave\", \"trunc");
  REQUIRE(state.notice);
  CHECK(state.notice->kind == Notice::Kind::Error);
  CHECK(state.notice->text.find(contracts::storage_key::autosave_backup) != std::string::npos);
  CHECK_FALSE(state.has_work());
}

TEST_CASE("storage the browser refuses at start-up turns autosave off", "[intents][autosave]") {
  test::FakePlatform platform;
  platform.read_result = StorageStatus::Disabled;
  AppState state;
  Intents act{state, platform};
  act.start();
  CHECK(state.save_status == SaveStatus::Off);
  REQUIRE(state.notice);
  CHECK(state.notice->title == "Autosave is off");
}

TEST_CASE("a session from outside asks before it replaces answers", "[intents][replace]") {
  Fixture f;
  const std::string file = caf::serialize_session(f.some_work(6));

  SECTION("with nothing to lose it opens at once") {
    f.act.file_opened(int(FilePurpose::Import), "mine.json", file, "");
    CHECK(f.state.dialog() == Dialog::None);
    CHECK(f.state.session.answers.size() == 6);
    CHECK(f.state.step == caf::Step::Results);
    REQUIRE(f.state.notice);
    CHECK(f.state.notice->title == "Opened the file mine.json");
  }

  f.act.go(caf::Step::Assessment);
  f.act.answer_by_key('1');
  const caf::Session mine = f.state.session;

  SECTION("Replace my answers") {
    f.act.file_opened(int(FilePurpose::Import), "theirs.json", file, "");
    CHECK(f.state.dialog() == Dialog::ReplaceAnswers);
    CHECK(f.state.session.answers == mine.answers);   // nothing changed yet
    f.act.primary_action();                           // Enter behind the dialog does nothing
    CHECK(f.state.step == caf::Step::Assessment);
    f.act.accept_pending();
    CHECK(f.state.dialog() == Dialog::None);
    CHECK(f.state.session.answers.size() == 6);
    CHECK(f.state.step == caf::Step::Results);
    CHECK(f.state.notice->title == "Opened the file theirs.json");
  }
  SECTION("Keep my answers") {
    f.act.file_opened(int(FilePurpose::Import), "theirs.json", file, "");
    f.act.reject_pending();
    CHECK(f.state.dialog() == Dialog::None);
    CHECK(f.state.session.answers == mine.answers);
    CHECK(f.state.notice->title == "Kept your current answers");
    CHECK(f.state.notice->text == "Nothing from the file theirs.json was used.");
  }
  SECTION("Escape keeps them too") {
    f.act.file_opened(int(FilePurpose::Import), "theirs.json", file, "");
    f.act.back();
    CHECK(f.state.dialog() == Dialog::None);
    CHECK(f.state.session.answers == mine.answers);
    CHECK(f.state.step == caf::Step::Assessment);     // and does not go back a step
  }
  SECTION("Save mine first downloads the current session, the question stays open") {
    f.act.file_opened(int(FilePurpose::Import), "theirs.json", file, "");
    f.act.download(ExportFormat::Session);
    CHECK(f.state.dialog() == Dialog::ReplaceAnswers);
    REQUIRE(f.platform.downloads.size() == 1);
    auto saved = caf::parse_session(f.platform.downloads[0].content, "download", f.state.model, f.state.catalogue);
    REQUIRE(saved.ok());
    CHECK(saved.value->answers == mine.answers);
  }
}

TEST_CASE("a file that is not a session is refused and loses nothing", "[intents][replace]") {
  Fixture f;
  f.act.go(caf::Step::Assessment);
  f.act.answer_by_key('4');
  const auto before = f.state.session.answers;
  f.act.file_opened(int(FilePurpose::Import), "notes.txt", "hello", "");
  CHECK(f.state.dialog() == Dialog::None);
  CHECK(f.state.session.answers == before);
  REQUIRE(f.state.notice);
  CHECK(f.state.notice->kind == Notice::Kind::Error);
  CHECK(f.state.notice->text.find("Your current answers are unchanged.") != std::string::npos);
  f.act.file_opened(int(FilePurpose::Import), "big.json", "", "big.json: is 6.0 MB");
  CHECK(f.state.notice->title == "Could not open big.json");
}

TEST_CASE("compare and merge files go to the results", "[intents]") {
  Fixture f;
  const std::string file = caf::serialize_session(f.some_work(6));
  f.act.file_opened(int(FilePurpose::Compare), "q1.json", file, "");
  REQUIRE(f.state.baseline);
  CHECK(f.state.baseline->name == "q1.json");
  CHECK(f.state.step == caf::Step::Results);
  f.act.file_opened(int(FilePurpose::Merge), "a.json", file, "");
  f.act.file_opened(int(FilePurpose::Merge), "b.json", file, "");
  f.act.refresh();
  REQUIRE(f.state.merge_set);
  CHECK(f.state.merge_set->sessions.size() == 2);
  CHECK(f.state.merge_set->merged.respondents.size() == 2);
  f.act.open_merge();
  CHECK(f.platform.pickers.back().purpose == int(FilePurpose::Merge));
}

TEST_CASE("notes are edited in the platform's text area and saved on OK", "[intents]") {
  Fixture f;
  f.act.go(caf::Step::Assessment);
  const std::string q = f.state.sequence[0].question->id;
  f.act.edit_question_note(q);
  REQUIRE(f.platform.edits.size() == 1);
  CHECK(f.platform.edits[0].purpose == int(TextPurpose::QuestionNote));
  f.act.text_edited(int(TextPurpose::QuestionNote), "We use Azure OpenAI.", true);
  CHECK(f.state.session.notes.at(q) == "We use Azure OpenAI.");
  f.act.edit_question_note(q);
  CHECK(f.platform.edits[1].text == "We use Azure OpenAI.");
  f.act.text_edited(int(TextPurpose::QuestionNote), "thrown away", false);   // Cancel
  CHECK(f.state.session.notes.at(q) == "We use Azure OpenAI.");
  f.act.text_edited(int(TextPurpose::QuestionNote), "late", true);   // nothing is being edited
  CHECK(f.state.session.notes.at(q) == "We use Azure OpenAI.");

  const std::string item = f.state.catalogue.items.front().id;
  f.act.edit_item_note(item);
  f.act.text_edited(int(TextPurpose::ItemNote), "Owner: Sam", true);
  CHECK(f.state.session.items.at(item).note == "Owner: Sam");
}

TEST_CASE("downloads are named with today's date and the session file records when it was saved", "[intents]") {
  Fixture f;
  f.act.download(ExportFormat::Markdown);
  f.act.download(ExportFormat::CsvAzureBoards);
  f.act.download(ExportFormat::Session);
  REQUIRE(f.platform.downloads.size() == 3);
  CHECK(f.platform.downloads[0].name == "ai-adoption-roadmap-2024-05-01.md");
  CHECK(f.platform.downloads[0].mime == "text/markdown;charset=utf-8");
  CHECK(f.platform.downloads[0].content.rfind("# ", 0) == 0);
  CHECK(f.platform.downloads[1].name == "ai-adoption-roadmap-2024-05-01-azure-boards.csv");
  CHECK(f.platform.downloads[2].name == "ai-maturity-session-2024-05-01.json");
  CHECK(f.platform.downloads[2].mime == "application/json");
  CHECK(f.platform.downloads[2].content.find("\"updated\": \"2024-05-01T10:00:00Z\"") != std::string::npos);
}

TEST_CASE("notes go into share links only when asked", "[intents]") {
  Fixture f;
  f.act.load_session_now(caf::serialize_session(f.some_work(2)));
  f.act.make_share_link();
  const std::string without = f.state.share_link;
  CHECK(without.rfind("https://example.test/app/#", 0) == 0);
  CHECK(f.platform.clipboard == without);
  f.state.session.notes[f.state.sequence[0].question->id] = "a long note, kept private unless asked";
  f.act.make_share_link();
  CHECK(f.state.share_link == without);   // notes are left out
  f.act.set_export_notes(true);
  f.act.make_share_link();
  CHECK(f.state.share_link.size() > without.size());
}

TEST_CASE("a share link in the address opens with one '#' or several", "[intents]") {
  for (const char* hashes : {"", "#", "##"}) {
    Fixture f;
    const caf::Session shared = f.some_work(4);
    // The platform gives the address's fragment without its first '#'.
    f.platform.fragment = hashes + caf::encode_share(f.state.model, f.state.catalogue, shared, false);
    f.act.url_fragment_changed();
    INFO("'#' + " << hashes);
    CHECK(f.platform.fragment.empty());   // handled once
    CHECK(f.state.session.answers == shared.answers);
    REQUIRE(f.state.notice);
    CHECK(f.state.notice->kind != Notice::Kind::Error);
  }
}

TEST_CASE("Escape closes what is open before it goes back a step", "[intents]") {
  Fixture f;
  f.act.go(caf::Step::Results);
  f.act.show_notice(Notice::Kind::Info, "Hello", "there");
  f.act.back();
  CHECK_FALSE(f.state.notice);
  CHECK(f.state.step == caf::Step::Results);
  f.act.back();
  CHECK(f.state.step == caf::Step::Assessment);
}

TEST_CASE("starting over asks first and clears everything on yes", "[intents]") {
  Fixture f;
  f.act.load_session_now(caf::serialize_session(f.some_work(5)));
  f.act.ask_start_over();
  CHECK(f.state.dialog() == Dialog::StartOver);
  f.act.back();   // Escape: keep
  CHECK(f.state.dialog() == Dialog::None);
  CHECK(f.state.session.answers.size() == 5);
  f.act.ask_start_over();
  f.act.start_over();
  CHECK(f.state.dialog() == Dialog::None);
  CHECK(f.state.session.answers.empty());
  CHECK(f.state.step == caf::Step::Profile);
}

TEST_CASE("the system's colour scheme picks the first theme, forced colors win while on", "[intents][display]") {
  Fixture f;
  SystemPreferences dark;
  dark.dark = true;
  f.act.system_preferences_changed(dark);
  CHECK(f.state.theme() == ThemeId::Dark);
  SystemPreferences forced = dark;
  forced.forced_colors = true;
  f.act.system_preferences_changed(forced);
  CHECK(f.state.theme() == ThemeId::HighContrast);
  f.act.system_preferences_changed(dark);
  CHECK(f.state.theme() == ThemeId::Dark);
  // Once the user chose, the scheme no longer decides.
  f.act.set_theme(ThemeId::Light);
  f.act.system_preferences_changed(dark);
  CHECK(f.state.theme() == ThemeId::Light);
}

TEST_CASE("the text size stays between 85 % and 160 %", "[intents][display]") {
  Fixture f;
  f.act.set_text_scale(3.0f);
  CHECK(f.state.prefs.text_scale == Approx(1.6f));
  f.act.set_text_scale(0.1f);
  CHECK(f.state.prefs.text_scale == Approx(0.85f));
}
