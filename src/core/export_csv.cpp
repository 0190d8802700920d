// The two tracker CSVs (export_csv.h), written from the report's task items.
#include "core/export_csv.h"

#include <vector>

#include "core/escape.h"

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

}  // namespace

std::string csv_azure_boards(const Report& report, const CsvOptions& options) {
    std::string out = options.bom ? kBom : "";
    row(out, {"Work Item Type", "Title", "Description", "Priority", "Tags"});
    for (size_t k : report.open_by_priority) {
        const TaskItem& i = report.tasks[k];
        std::string d;
        if (!i.what.empty()) d += "<p>" + html_escape(i.what) + "</p>";
        d += "<p><b>Status:</b> " + html_escape(label(i.status)) + ". " + html_escape(i.status_reason) + "</p>";
        if (!i.priority_reason.empty())
            d += "<p><b>Priority " + html_escape(label(i.priority)) + ":</b> " + html_escape(i.priority_reason) + "</p>";
        const std::string href = html_url(i.link);
        if (!href.empty()) d += "<p><b>CAF guidance:</b> <a href=\"" + href + "\">" + html_escape(i.title) + "</a></p>";
        if (!i.note.empty()) d += "<p><b>Note:</b> " + html_escape(i.note) + "</p>";
        for (char& c : d)
            if (c == '\n') c = ' ';  // one line: Azure's importer mishandles line breaks in fields
        const std::string tags = "CAF AI; Phase: " + i.phase_name + "; Priority: " + label(i.priority) +
                                 "; Status: " + label(i.status) + "; Checklist: " + report.checklist_tag;
        row(out, {options.work_item_type, i.title, d, azure_priority(i.priority), tags});
    }
    return out;
}

std::string csv_issues(const Report& report, const CsvOptions& options) {
    std::vector<size_t> order = report.open_by_priority;
    for (size_t k = 0; k < report.tasks.size(); ++k)
        if (report.tasks[k].status == ItemStatus::Done) order.push_back(k);
    std::string out = options.bom ? kBom : "";
    row(out, {"Summary", "Description", "Priority", "Labels", "Status", "Phase", "Link", "Item ID", "Note"});
    for (size_t k : order) {
        const TaskItem& i = report.tasks[k];
        std::string d;
        if (!i.what.empty()) d += i.what + "\n\n";
        d += "Status: " + std::string(label(i.status)) + ". " + i.status_reason + "\n";
        if (!i.priority_reason.empty()) d += "Priority " + std::string(label(i.priority)) + ": " + i.priority_reason + "\n";
        d += "CAF guidance: " + i.link;
        std::string labels = "caf-ai phase-" + label_token(i.phase_name) + " checklist-" + label_token(report.checklist_tag);
        if (i.priority != Priority::None) labels += " priority-" + label_token(label(i.priority));
        row(out, {i.title, d, jira_priority(i.priority), labels, jira_status(i.status), i.phase_name, i.link, i.id, i.note});
    }
    return out;
}

}  // namespace caf
