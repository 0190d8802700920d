// The app's view of the outside world: everything that differs between the
// browser and a native host sits behind this small interface, so the UI code
// never calls emscripten directly.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace platform {

enum class StorageStatus { Ok, Missing, Disabled, Full, Error };

struct StorageRead {
  StorageStatus status = StorageStatus::Missing;
  std::string value;
  std::string detail;   // the browser's own words when something failed
};

class Platform {
public:
  virtual ~Platform() = default;

  // Saves `content` as a file the user downloads.
  virtual void download(std::string_view file_name, std::string_view mime, std::string_view content) = 0;

  // Persistent key/value storage (localStorage in the browser).
  virtual StorageRead storage_read(std::string_view key) = 0;
  virtual StorageStatus storage_write(std::string_view key, std::string_view value, std::string* detail) = 0;
  virtual void storage_remove(std::string_view key) = 0;

  // The URL fragment (after '#'), which browsers never send to a server.
  virtual std::string url_fragment() = 0;
  virtual void set_url_fragment(std::string_view fragment) = 0;

  // The page's address without fragment (for share links).
  virtual std::string page_address() = 0;

  // Asks the user for a file; the content arrives later through App::on_file_opened.
  virtual void open_file_picker(std::string_view accept, int purpose) = 0;

  // Opens a link in a new tab.
  virtual void open_url(std::string_view url) = 0;

  // Tells screen-reader users what is on screen now (an aria-live region).
  virtual void announce(std::string_view text) = 0;

  // Opens a real text area for long text; the result arrives through App::on_text_edited.
  virtual void edit_text(std::string_view title, std::string_view text, int purpose) = 0;

  // Clipboard (copy only: paste arrives through the browser's paste event).
  virtual void set_clipboard(std::string_view text) = 0;

  // Today's date as YYYY-MM-DD and the current UTC time as ISO 8601.
  virtual std::string now_iso8601() = 0;
  // The same clock in milliseconds since 1970 (UTC): when a field was changed (session_sync.h).
  virtual std::int64_t now_ms() = 0;
  // Minutes the user's time zone is ahead of UTC at `at_ms` (daylight saving included).
  virtual int utc_offset_minutes(std::int64_t at_ms) { (void)at_ms; return 0; }

  // What changed in the semantics tree (app/semantics.h), for the DOM mirror that
  // assistive technology reads. Hosts without one ignore it.
  virtual void publish_semantics(std::string_view patch) { (void)patch; }
};

} // namespace platform
