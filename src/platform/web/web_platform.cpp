#include "platform/web/web_platform.h"

#include <emscripten.h>

#include <cstdlib>
#include <string>

// Implemented in platform_library.js (linked with --js-library).
extern "C" {
void js_download(const char* name, int name_len, const char* mime, int mime_len,
                          const char* data, int data_len);
char* js_storage_read(const char* key, int key_len);
char* js_storage_write(const char* key, int key_len, const char* value, int value_len);
void js_storage_remove(const char* key, int key_len);
char* js_url_fragment();
char* js_page_address();
void js_set_url_fragment(const char* f, int len);
void js_open_file_picker(const char* accept, int accept_len, int purpose);
void js_open_url(const char* url, int len);
void js_announce(const char* text, int len);
void js_edit_text(const char* title, int title_len, const char* text, int text_len, int purpose);
void js_set_clipboard(const char* text, int len);
char* js_now_iso8601();
double js_now_ms();
int js_utc_offset_minutes(double at_ms);
char* js_clipboard_text();
void js_install_page_hooks();
void js_publish_semantics(const char* patch, int len);
}

namespace platform {

static int n(std::string_view s) { return static_cast<int>(s.size()); }

static std::string take(char* p) {
  std::string s = p ? p : "";
  std::free(p);
  return s;
}

void WebPlatform::download(std::string_view name, std::string_view mime, std::string_view content) {
  js_download(name.data(), n(name), mime.data(), n(mime), content.data(), n(content));
}

StorageRead WebPlatform::storage_read(std::string_view key) {
  const std::string out = take(js_storage_read(key.data(), n(key)));
  StorageRead r;
  const auto nl = out.find('\n');
  const char code = out.empty() ? '4' : out[0];
  const std::string rest = nl == std::string::npos ? "" : out.substr(nl + 1);
  switch (code) {
    case '0': r.status = StorageStatus::Ok; r.value = rest; break;
    case '1': r.status = StorageStatus::Missing; break;
    case '2': r.status = StorageStatus::Disabled; r.detail = rest; break;
    default: r.status = StorageStatus::Error; r.detail = rest; break;
  }
  return r;
}

StorageStatus WebPlatform::storage_write(std::string_view key, std::string_view value, std::string* detail) {
  const std::string out = take(js_storage_write(key.data(), n(key), value.data(), n(value)));
  const auto nl = out.find('\n');
  if (detail) *detail = nl == std::string::npos ? "" : out.substr(nl + 1);
  switch (out.empty() ? '4' : out[0]) {
    case '0': return StorageStatus::Ok;
    case '2': return StorageStatus::Disabled;
    case '3': return StorageStatus::Full;
    default: return StorageStatus::Error;
  }
}

void WebPlatform::storage_remove(std::string_view key) { js_storage_remove(key.data(), n(key)); }

std::string WebPlatform::url_fragment() { return take(js_url_fragment()); }

std::string WebPlatform::page_address() { return take(js_page_address()); }

void WebPlatform::set_url_fragment(std::string_view f) { js_set_url_fragment(f.data(), n(f)); }

void WebPlatform::open_file_picker(std::string_view accept, int purpose) {
  js_open_file_picker(accept.data(), n(accept), purpose);
}

void WebPlatform::open_url(std::string_view url) { js_open_url(url.data(), n(url)); }

void WebPlatform::announce(std::string_view text) { js_announce(text.data(), n(text)); }

void WebPlatform::edit_text(std::string_view title, std::string_view text, int purpose) {
  js_edit_text(title.data(), n(title), text.data(), n(text), purpose);
}

void WebPlatform::set_clipboard(std::string_view text) { js_set_clipboard(text.data(), n(text)); }

std::string WebPlatform::now_iso8601() { return take(js_now_iso8601()); }

std::int64_t WebPlatform::now_ms() { return static_cast<std::int64_t>(js_now_ms()); }
int WebPlatform::utc_offset_minutes(std::int64_t at_ms) { return js_utc_offset_minutes(double(at_ms)); }

std::string WebPlatform::clipboard_text() { return take(js_clipboard_text()); }

void WebPlatform::install_page_hooks() { js_install_page_hooks(); }

void WebPlatform::publish_semantics(std::string_view patch) { js_publish_semantics(patch.data(), n(patch)); }

} // namespace platform
