// A platform that records what the app asked of it, with storage that can be
// told to refuse (disabled, full) like a browser does.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "platform/platform.h"

namespace test {

struct FakePlatform final : platform::Platform {
  struct Download { std::string name, mime, content; };
  struct Picker { std::string accept; int purpose; };
  struct Edit { std::string title, text; int purpose; };

  std::map<std::string, std::string> storage;
  platform::StorageStatus write_result = platform::StorageStatus::Ok;   // what the next writes answer
  platform::StorageStatus read_result = platform::StorageStatus::Ok;    // Ok: read `storage`
  std::vector<Download> downloads;
  std::vector<Picker> pickers;
  std::vector<Edit> edits;
  std::vector<std::string> said;      // announcements, in order
  std::vector<std::string> opened;    // links
  std::string fragment, clipboard;
  std::string now = "2024-05-01T10:00:00Z";
  std::int64_t clock_ms = 1714557600000;   // the same moment; tests move it (it may stand still or go back)

  void download(std::string_view name, std::string_view mime, std::string_view content) override {
    downloads.push_back({std::string(name), std::string(mime), std::string(content)});
  }
  platform::StorageRead storage_read(std::string_view key) override {
    platform::StorageRead r;
    if (read_result != platform::StorageStatus::Ok) {
      r.status = read_result;
      r.detail = "the browser said no";
      return r;
    }
    const auto it = storage.find(std::string(key));
    if (it == storage.end()) return r;   // Missing
    r.status = platform::StorageStatus::Ok;
    r.value = it->second;
    return r;
  }
  platform::StorageStatus storage_write(std::string_view key, std::string_view value, std::string* detail) override {
    if (write_result != platform::StorageStatus::Ok) {
      if (detail) *detail = "the browser said no";
      return write_result;
    }
    storage[std::string(key)] = std::string(value);
    return platform::StorageStatus::Ok;
  }
  void storage_remove(std::string_view key) override { storage.erase(std::string(key)); }
  std::string url_fragment() override { return fragment; }
  void set_url_fragment(std::string_view f) override { fragment = std::string(f); }
  std::string page_address() override { return "https://example.test/app/"; }
  void open_file_picker(std::string_view accept, int purpose) override { pickers.push_back({std::string(accept), purpose}); }
  void open_url(std::string_view url) override { opened.emplace_back(url); }
  void announce(std::string_view text) override { said.emplace_back(text); }
  void edit_text(std::string_view title, std::string_view text, int purpose) override {
    edits.push_back({std::string(title), std::string(text), purpose});
  }
  void set_clipboard(std::string_view text) override { clipboard = std::string(text); }
  std::string now_iso8601() override { return now; }
  std::int64_t now_ms() override { return clock_ms; }
  int utc_offset = 0;   // minutes ahead of UTC
  int utc_offset_minutes(std::int64_t) override { return utc_offset; }
};

} // namespace test
