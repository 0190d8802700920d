#include "core/export_csv.h"

#include <vector>

#include "core/escape.h"
#include "core/format.h"

namespace caf {

namespace {

constexpr const char* kBom = "\xEF\xBB\xBF";
constexpr const char* kCrlf = "\r\n";

void row(std::string& out, const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        out += csv_field(fields[i]);
    }
    out += kCrlf;
}

const char* azure_priority(Priority p) {
    switch (p) {
        case Priority::Now: return "1";
        case Priority::Next: return "2";
        case Priority::Later: return "3";
        case Priority::None: return "4";
    }
    return "4";
}

const char* jira_priority(Priority p) {
    switch (p) {
        case Priority::Now: return "High";
        case Priority::Next: return "Medium";
        case Priority::Later: return "Low";
        case Priority::None: return "Lowest";
    }
    return "Lowest";
}

const char* jira_status(ItemStatus s) {
    switch (s) {
        case ItemStatus::Done: return "Done";
        case ItemStatus::InProgress: return "In Progress";
        default: return "To Do";
    }
}

// "caf-ai", "phase-ready": lowercase, spaces to '-'.
std::string label_token(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out += c;
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

std::string checklist_short(const Roadmap& r) {
    return r.recommendation.chosen == ChecklistKind::Enterprise ? "Enterprise" : "Startup";
}

const RoadmapPhase* phase_of(const Roadmap& r, const RoadmapItem* item) {
    for (const auto& p : r.phases)
        for (const auto& i : p.items)
            if (&i == item) return &p;
    return nullptr;
}

}  // namespace

std::string csv_azure_boards(const Model& model, const Catalogue& catalogue, const Session& session,
                             const Assessment& assessment, const ExportContext& context, const CsvOptions& options) {
    (void)model;
    (void)catalogue;
    (void)session;
    const Roadmap& r = assessment.roadmap;
    std::string out = options.bom ? kBom : "";
    row(out, {"Work Item Type", "Title", "Description", "Priority", "Tags"});
    for (const RoadmapItem* i : r.by_priority()) {
        const RoadmapPhase* p = phase_of(r, i);
        const std::string phase = p ? p->phase->name : i->item->phase;
        std::string d;
        if (!i->what.empty()) d += "<p>" + html_escape(i->what) + "</p>";
        d += "<p><b>Status:</b> " + html_escape(label(i->status)) + ". " + html_escape(i->status_reason) + "</p>";
        if (!i->priority_reason.empty())
            d += "<p><b>Priority " + html_escape(label(i->priority)) + ":</b> " + html_escape(i->priority_reason) + "</p>";
        const std::string href = html_url(i->item->link);
        if (!href.empty())
            d += "<p><b>CAF guidance:</b> <a href=\"" + href + "\">" + html_escape(i->item->title) + "</a></p>";
        if (context.include_notes && !i->note.empty())
            d += "<p><b>Note:</b> " + html_escape(i->note) + "</p>";
        for (char& c : d)
            if (c == '\n') c = ' ';  // one line: Azure's importer mishandles line breaks in fields
        const std::string tags = "CAF AI; Phase: " + phase + "; Priority: " + label(i->priority) +
                                 "; Status: " + label(i->status) + "; Checklist: " + checklist_short(r);
        row(out, {options.work_item_type, i->item->title, d, azure_priority(i->priority), tags});
    }
    return out;
}

std::string csv_issues(const Model& model, const Catalogue& catalogue, const Session& session,
                       const Assessment& assessment, const ExportContext& context, const CsvOptions& options) {
    (void)model;
    (void)catalogue;
    (void)session;
    const Roadmap& r = assessment.roadmap;
    std::vector<const RoadmapItem*> items = r.by_priority();
    for (const auto& p : r.phases)
        for (const auto& i : p.items)
            if (i.status == ItemStatus::Done) items.push_back(&i);
    std::string out = options.bom ? kBom : "";
    row(out, {"Summary", "Description", "Priority", "Labels", "Status", "Phase", "Link", "Item ID", "Note"});
    for (const RoadmapItem* i : items) {
        const RoadmapPhase* p = phase_of(r, i);
        const std::string phase = p ? p->phase->name : i->item->phase;
        std::string d;
        if (!i->what.empty()) d += i->what + "\n\n";
        d += "Status: " + std::string(label(i->status)) + ". " + i->status_reason + "\n";
        if (!i->priority_reason.empty()) d += "Priority " + std::string(label(i->priority)) + ": " + i->priority_reason + "\n";
        d += "CAF guidance: " + i->item->link;
        std::string labels = "caf-ai phase-" + label_token(phase) + " checklist-" + label_token(checklist_short(r));
        if (i->priority != Priority::None) labels += " priority-" + label_token(label(i->priority));
        row(out, {i->item->title, d, jira_priority(i->priority), labels, jira_status(i->status), phase, i->item->link,
                  i->item->id, context.include_notes ? i->note : std::string()});
    }
    return out;
}

}  // namespace caf
