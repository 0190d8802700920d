// Escaping for the exports (escape.h): HTML, Markdown, CSV, UTF-8 clean-up.
#include <catch2/catch.hpp>

#include "core/escape.h"
#include "test_util.h"

TEST_CASE("HTML escaping turns every markup character into an entity", "[escape][html]") {
    CHECK(caf::html_escape("<script>alert('x') & \"y\"</script>") ==
          "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    CHECK(caf::html_escape("</textarea><img src=x onerror=alert(1)>") ==
          "&lt;/textarea&gt;&lt;img src=x onerror=alert(1)&gt;");
    CHECK(caf::html_escape("&lt;") == "&amp;lt;");  // no entity passes through
    CHECK(caf::html_escape("caf\xC3\xA9 \xE2\x80\x94 ok") == "caf\xC3\xA9 \xE2\x80\x94 ok");
    CHECK(caf::html_escape("a\r\nb") == "a\nb");
    CHECK(caf::html_escape(std::string("nul\0here\x01", 9)) == "nulhere");
}

TEST_CASE("only http(s) URLs become hrefs", "[escape][html]") {
    CHECK(caf::html_url("https://learn.microsoft.com/a?b=1&c=2#d") == "https://learn.microsoft.com/a?b=1&amp;c=2#d");
    CHECK(caf::html_url("javascript:alert(1)").empty());
    CHECK(caf::html_url("JAVASCRIPT:alert(1)").empty());
    CHECK(caf::html_url("data:text/html,<b>").empty());
    CHECK(caf::html_url("https://x.test/\"onmouseover=\"a").find('"') == std::string::npos);
    CHECK(caf::html_url("https://x.test/a b").empty());
}

TEST_CASE("Markdown escaping keeps user text literal", "[escape][markdown]") {
    CHECK(caf::markdown_escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
    CHECK(caf::markdown_escape("[x](javascript:alert(1))") == "\\[x\\](javascript:alert(1))");
    CHECK(caf::markdown_escape("![img](http://x)") == "!\\[img\\](http://x)");
    CHECK(caf::markdown_escape("**bold** _em_ `code` ~~s~~") == "\\*\\*bold\\*\\* \\_em\\_ \\`code\\` \\~\\~s\\~\\~");
    CHECK(caf::markdown_escape("| a | b |") == "\\| a \\| b \\|");
    CHECK(caf::markdown_escape("# not a heading") == "\\# not a heading");
    CHECK(caf::markdown_escape("a\\b") == "a\\\\b");
    CHECK(caf::markdown_escape("ping @team, costs $5") == "ping \\@team, costs \\$5");
    CHECK(caf::markdown_escape("&amp; &lt;") == "&amp;amp; &amp;lt;");
    CHECK(caf::markdown_escape("line one\nline two\r\n\n- item") == "line one line two - item");
    CHECK(caf::markdown_escape("end  \n") == "end ");  // never two trailing spaces (a hard break)
    CHECK(caf::markdown_escape("plan_ai_hiring and _x_ and a_") == "plan_ai_hiring and \\_x\\_ and a\\_");
}

TEST_CASE("trusted Markdown text only escapes what breaks the layout", "[escape][markdown]") {
    CHECK(caf::markdown_text("Question beta_two? a|b <x> & y\nz") == "Question beta_two? a\\|b &lt;x&gt; &amp; y z");
    CHECK(caf::markdown_url("https://x.test/a b(c)<d>") == "https://x.test/a%20b%28c%29%3Cd%3E");
}

TEST_CASE("CSV fields follow RFC 4180 and neutralise formulas", "[escape][csv]") {
    CHECK(caf::csv_field("plain") == "plain");
    CHECK(caf::csv_field("") == "");
    CHECK(caf::csv_field("a,b") == "\"a,b\"");
    CHECK(caf::csv_field("a;b") == "\"a;b\"");
    CHECK(caf::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(caf::csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(caf::csv_field("cr\rhere") == "\"cr\rhere\"");
    CHECK(caf::csv_field(" padded ") == "\" padded \"");
    CHECK(caf::csv_field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(caf::csv_field("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0");
    CHECK(caf::csv_field("-2+3") == "'-2+3");
    CHECK(caf::csv_field("@SUM(1)") == "'@SUM(1)");
    CHECK(caf::csv_field("\tx") == "'\tx");
    CHECK(caf::csv_field("\xEF\xBC\x9D" "1+1") == "'\xEF\xBC\x9D" "1+1");  // full-width =
    CHECK(caf::csv_field("a=b") == "a=b");  // only the first character matters
    CHECK(caf::csv_field("1") == "1");
}

TEST_CASE("invalid UTF-8 is replaced, never passed on", "[escape]") {
    CHECK(caf::sanitize_utf8("ok \xC3\xA9") == "ok \xC3\xA9");
    CHECK(caf::sanitize_utf8("bad \xE9 byte") == "bad \xEF\xBF\xBD byte");
    CHECK(caf::sanitize_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");          // overlong
    CHECK(caf::sanitize_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
    CHECK(caf::sanitize_utf8("cut \xE2\x80") == "cut \xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(caf::sanitize_utf8("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");  // emoji stays
    CHECK(caf::html_escape("\xFF<") == "\xEF\xBF\xBD&lt;");
}

TEST_CASE("text is cut by characters, with an ellipsis", "[escape]") {
    CHECK(caf::cut_to_characters("abcdef", 10) == "abcdef");
    CHECK(caf::cut_to_characters("abcdef", 6) == "abcdef");
    CHECK(caf::cut_to_characters("abcdef", 4) == "abc\xE2\x80\xA6");
    CHECK(caf::cut_to_characters("\xC3\xA9\xC3\xA9\xC3\xA9", 2) == "\xC3\xA9\xE2\x80\xA6");
    CHECK(caf::cut_to_characters("abc", 0).empty());
}
