#pragma once
// Helpers shared by the core tests: fixture files and loaded models.
#include <catch2/catch.hpp>

#include <clocale>
#include <cstdio>
#include <fstream>
#include <locale>
#include <sstream>
#include <string>

#include "core/model.h"
#include "core/model_loader.h"
#include "core/session.h"
#include "core/session_io.h"

namespace test {

inline std::string fixture_path(const std::string& relative) {
    return std::string(CAF_SOURCE_DIR) + "/tests/fixtures/" + relative;
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) FAIL("cannot read " << path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline std::string read_fixture(const std::string& relative) { return read_file(fixture_path(relative)); }

// The small hand-computable fixture model and checklist (tests/fixtures/mini/).
inline const caf::Model& mini_model() {
    static const caf::Model model = [] {
        auto loaded = caf::load_model(read_fixture("mini/model.json"), "mini/model.json");
        if (!loaded.ok()) FAIL(caf::errors_to_string(loaded.errors));
        return *loaded.value;
    }();
    return model;
}

inline const caf::Catalogue& mini_catalogue() {
    static const caf::Catalogue catalogue = [] {
        auto loaded = caf::load_catalogue(read_fixture("mini/checklist.json"), "mini/checklist.json", mini_model());
        if (!loaded.ok()) FAIL(caf::errors_to_string(loaded.errors));
        return *loaded.value;
    }();
    return catalogue;
}

// The real data (data/*.json, embedded at build time).
inline const caf::Model& real_model() {
    static const caf::Model model = [] {
        auto loaded = caf::builtin_model();
        if (!loaded.ok()) FAIL(caf::errors_to_string(loaded.errors));
        return *loaded.value;
    }();
    return model;
}

inline const caf::Catalogue& real_catalogue() {
    static const caf::Catalogue catalogue = [] {
        auto loaded = caf::builtin_catalogue(real_model());
        if (!loaded.ok()) FAIL(caf::errors_to_string(loaded.errors));
        return *loaded.value;
    }();
    return catalogue;
}

// A session file under tests/fixtures/, parsed against the real data.
inline caf::Session real_session(const std::string& relative) {
    auto loaded = caf::parse_session(read_fixture(relative), relative, real_model(), real_catalogue());
    if (!loaded.ok()) FAIL(caf::errors_to_string(loaded.errors));
    return *loaded.value;
}

// Switches the C and C++ locales to German for its lifetime, then back to
// "C": printf, strtod, localeconv and new streams then use a comma decimal
// separator, as on a German desktop. scripts/setup.sh installs de_DE.UTF-8;
// without it the test fails here instead of silently testing the C locale.
// Under WebAssembly (musl) every locale formats like "C": there the switch is
// made, but only the browser test with a German Chromium tests a comma locale.
struct GermanLocale {
    GermanLocale() {
        INFO("the de_DE.UTF-8 locale is missing or not German: run scripts/setup.sh");
        const char* name = std::setlocale(LC_ALL, "de_DE.UTF-8");
        REQUIRE(name != nullptr);
#ifndef __EMSCRIPTEN__
        std::locale::global(std::locale("de_DE.UTF-8"));
        REQUIRE(std::string(std::localeconv()->decimal_point) == ",");
        char buf[16];
        std::snprintf(buf, sizeof buf, "%.1f", 1.5);
        REQUIRE(std::string(buf) == "1,5");
        std::ostringstream stream;
        stream << 1.5;
        REQUIRE(stream.str() == "1,5");
#endif
    }
    ~GermanLocale() {
        std::setlocale(LC_ALL, "C");
        std::locale::global(std::locale::classic());
    }
    GermanLocale(const GermanLocale&) = delete;
    GermanLocale& operator=(const GermanLocale&) = delete;
};

inline bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace test
