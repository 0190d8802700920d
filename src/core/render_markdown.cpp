// Markdown rendering of a report document (render_markdown.h). Layout only:
// what the document says is decided in report_model.cpp.
#include "core/render_markdown.h"

#include "core/escape.h"
#include "core/format.h"

namespace caf {

namespace {

constexpr const char* kDot = " \xC2\xB7 ";  // " · "

bool is_web_url(const std::string& url) { return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0; }

// [SECTION] Inline

std::string inline_text(const Text& text) {
    std::string out;
    for (const auto& s : text) {
        std::string t = s.user ? markdown_escape(s.text) : markdown_text(s.text);
        if (is_web_url(s.url)) t = "[" + t + "](" + markdown_url(s.url) + ")";
        if (s.strong) t = "**" + t + "**";
        out += t;
    }
    return out;
}

std::string facts_line(const std::vector<Fact>& facts) {
    std::string out;
    for (size_t i = 0; i < facts.size(); ++i)
        out += (i ? kDot : "") + markdown_text(facts[i].key) + ": " + inline_text(facts[i].value);
    return out;
}

// [SECTION] Blocks

void table(std::string& out, const Table& t) {
    auto line = [&](const std::vector<std::string>& cells) {
        out += "|";
        for (const auto& c : cells) out += c.empty() ? " |" : " " + c + " |";
        out += "\n";
    };
    std::vector<std::string> cells;
    for (const auto& c : t.columns) cells.push_back(inline_text(c.label));
    line(cells);
    out += "|";
    for (const auto& c : t.columns) out += c.kind == ColumnKind::Number ? "---:|" : "---|";
    out += "\n";
    for (const auto& row : t.rows) {
        cells.clear();
        for (const auto& c : row.cells) {
            const std::string text = inline_text(c.text);
            cells.push_back(row.summary && !text.empty() ? "**" + text + "**" : text);
        }
        line(cells);
    }
    out += "\n";
}

void task_list(std::string& out, const TaskList& list) {
    for (const auto& i : list.items) {
        out += std::string("- ") + (i.status == ItemStatus::Done ? "[x]" : "[ ]") + " **" +
               inline_text({link_text(i.title, i.link)}) + "** \xE2\x80\x94 " + label(i.status);
        if (i.priority != Priority::None) out += std::string(kDot) + "**" + label(i.priority) + "**";
        out += "\n";
        for (const auto& d : i.details) out += "  - " + markdown_text(d.key) + ": " + inline_text(d.value) + "\n";
    }
    out += "\n";
}

void block(std::string& out, const Block& b) {
    if (const auto* p = std::get_if<Paragraph>(&b)) {
        out += inline_text(p->text) + "\n\n";
    } else if (const auto* f = std::get_if<Facts>(&b)) {
        out += facts_line(f->facts) + "\n\n";
    } else if (const auto* t = std::get_if<Table>(&b)) {
        table(out, *t);
    } else if (const auto* l = std::get_if<List>(&b)) {
        for (size_t i = 0; i < l->items.size(); ++i)
            out += (l->ordered ? format_int(static_cast<long long>(i + 1)) + ". " : std::string("- ")) +
                   inline_text(l->items[i]) + "\n";
        out += "\n";
    } else if (const auto* tl = std::get_if<TaskList>(&b)) {
        task_list(out, *tl);
    } else if (const auto* ch = std::get_if<Chart>(&b)) {
        table(out, ch->table);  // Markdown cannot draw; the table holds the same numbers
    } else if (const auto* co = std::get_if<Callout>(&b)) {
        out += "**" + inline_text(co->headline) + "**\n\n";
        for (const auto& line : co->lines) out += inline_text(line) + "\n\n";
    }
}

void section(std::string& out, const Section& s, int level) {
    out += std::string(static_cast<size_t>(level), '#') + " " + inline_text(s.heading) + "\n\n";
    for (const auto& b : s.blocks) block(out, b);
    for (const auto& sub : s.subsections) section(out, sub, level + 1);
}

}  // namespace

std::string render_markdown(const Document& doc) {
    std::string out;
    out.reserve(32768);
    out += "# " + inline_text(doc.title) + "\n\n";
    if (!doc.facts.empty()) out += facts_line(doc.facts) + "\n\n";
    if (!doc.lead.empty()) out += markdown_text(doc.lead) + "\n\n";
    for (const auto& b : doc.blocks) block(out, b);
    for (const auto& s : doc.sections) section(out, s, 2);
    if (!doc.footer.empty()) out += markdown_text(doc.footer) + "\n";
    return out;
}

}  // namespace caf
