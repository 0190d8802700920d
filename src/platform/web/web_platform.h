// The browser implementation of platform::Platform (localStorage, downloads,
// file picker, URL fragment, aria-live announcements, the notes dialog).
#pragma once
#include "platform/platform.h"

namespace platform {

class WebPlatform final : public Platform {
public:
  void download(std::string_view file_name, std::string_view mime, std::string_view content) override;
  StorageRead storage_read(std::string_view key) override;
  StorageStatus storage_write(std::string_view key, std::string_view value, std::string* detail) override;
  void storage_remove(std::string_view key) override;
  std::string url_fragment() override;
  void set_url_fragment(std::string_view fragment) override;
  std::string page_address() override;
  void open_file_picker(std::string_view accept, int purpose) override;
  void open_url(std::string_view url) override;
  void announce(std::string_view text) override;
  void edit_text(std::string_view title, std::string_view text, int purpose) override;
  void set_clipboard(std::string_view text) override;
  std::string now_iso8601() override;
  std::int64_t now_ms() override;
  int utc_offset_minutes(std::int64_t at_ms) override;
  void publish_semantics(std::string_view patch) override;

  // The text of the page's last paste event (for ImGui's paste shortcut).
  std::string clipboard_text();

  // Page-level listeners: drag-and-drop of files, hashchange, paste, touch.
  void install_page_hooks();
};

} // namespace platform
