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

// Open items by priority, then the items to check (not covered by the answers:
// a backlog item to verify them, with no priority), then, where asked, the done ones.
std::vector<size_t> tracker_order(const Report& report, bool with_done) {
    std::vector<size_t> order = report.open_by_priority;
    for (size_t k = 0; k < report.tasks.size(); ++k)
        if (report.tasks[k].status == ItemStatus::Unverified) order.push_back(k);
    if (with_done)
        for (size_t k = 0; k < report.tasks.size(); ++k)
            if (report.tasks[k].status == ItemStatus::Done) order.push_back(k);
    return order;
}

// Tags are separated by ';' in Azure Boards: a ';' inside one would split it.
std::string tag_text(std::string t) {
    for (char& c : t)
        if (c == ';') c = ',';
    return t;
}

AzureProcess process_of(const CsvOptions& o) {
    for (AzureProcess p : {AzureProcess::Basic, AzureProcess::Agile, AzureProcess::Scrum, AzureProcess::Cmmi})
        if (o.work_item_type == work_item_type(p)) return p;
    return o.process;
}

// User Story (Agile) and Requirement (CMMI) have Start Date and Finish Date; Issue
// (Basic) and Product Backlog Item (Scrum) have neither (Target Date is on Epic and
// Feature only), so their dates go into the description.
bool has_dates(AzureProcess p) { return p == AzureProcess::Agile || p == AzureProcess::Cmmi; }

}  // namespace

const char* to_string(AzureProcess p) {
    switch (p) {
        case AzureProcess::Basic: return "basic";
        case AzureProcess::Agile: return "agile";
        case AzureProcess::Scrum: return "scrum";
        case AzureProcess::Cmmi: return "cmmi";
    }
    return "agile";
}

const char* work_item_type(AzureProcess p) {
    switch (p) {
        case AzureProcess::Basic: return "Issue";
        case AzureProcess::Agile: return "User Story";
        case AzureProcess::Scrum: return "Product Backlog Item";
        case AzureProcess::Cmmi: return "Requirement";
    }
    return "User Story";
}

std::string csv_azure_boards(const Report& report, const CsvOptions& options) {
    const AzureProcess process = process_of(options);
    const bool dates = has_dates(process);
    const std::string type = options.work_item_type.empty() ? work_item_type(process) : options.work_item_type;
    std::string out = options.bom ? kBom : "";
    std::vector<std::string> header = {"Work Item Type", "Title", "Description", "Priority", "Tags"};
    if (dates) header.insert(header.end(), {"Start Date", "Finish Date"});
    row(out, header);
    for (size_t k : tracker_order(report, false)) {
        const TaskItem& i = report.tasks[k];
        std::string d;
        if (!i.what.empty()) d += "<p>" + html_escape(i.what) + "</p>";
        if (!i.start.empty() && !dates)
            d += "<p><b>Start:</b> " + html_escape(i.start) + " <b>Due:</b> " + html_escape(i.due) + "</p>";
        if (!i.schedule_reason.empty()) d += "<p><b>When:</b> " + html_escape(i.wave + ". " + i.schedule_reason) + "</p>";
        if (!i.owner.empty())
            d += "<p><b>Owner:</b> " + html_escape(i.owner) + " <b>Effort:</b> " + html_escape(i.effort_text) + "</p>";
        d += "<p><b>Status:</b> " + html_escape(label(i.status)) + ". " + html_escape(i.status_reason) + "</p>";
        if (!i.priority_reason.empty())
            d += "<p><b>Priority " + html_escape(label(i.priority)) + ":</b> " + html_escape(i.priority_reason) + "</p>";
        const std::string href = html_url(i.link);
        if (!href.empty()) d += "<p><b>CAF guidance:</b> <a href=\"" + href + "\">" + html_escape(i.title) + "</a></p>";
        if (!i.note.empty()) d += "<p><b>Note:</b> " + html_escape(i.note) + "</p>";
        for (char& c : d)
            if (c == '\n') c = ' ';  // one line: Azure's importer mishandles line breaks in fields
        std::string tags = "CAF AI; Phase: " + i.phase_name + "; Priority: " + label(i.priority) +
                           "; Status: " + label(i.status) + "; Checklist: " + report.checklist_tag;
        if (!i.owner.empty()) tags += "; Owner: " + tag_text(i.owner);
        if (!i.wave.empty()) tags += "; Wave: " + tag_text(i.wave);
        std::vector<std::string> fields = {type, i.title, d, azure_priority(i.priority), tags};
        if (dates) fields.insert(fields.end(), {i.start, i.due});
        row(out, fields);
    }
    return out;
}

std::string csv_issues(const Report& report, const CsvOptions& options) {
    const std::vector<size_t> order = tracker_order(report, true);
    std::string out = options.bom ? kBom : "";
    row(out, {"Summary", "Description", "Priority", "Labels", "Status", "Phase", "Link", "Item ID", "Note", "Start date",
              "Due date", "Owner"});
    for (size_t k : order) {
        const TaskItem& i = report.tasks[k];
        std::string d;
        if (!i.what.empty()) d += i.what + "\n\n";
        d += "Status: " + std::string(label(i.status)) + ". " + i.status_reason + "\n";
        if (!i.priority_reason.empty()) d += "Priority " + std::string(label(i.priority)) + ": " + i.priority_reason + "\n";
        if (!i.schedule_reason.empty()) d += "When: " + i.wave + ". " + i.schedule_reason + "\n";
        if (!i.owner.empty()) d += "Owner: " + i.owner + ". Effort: " + i.effort_text + "\n";
        d += "CAF guidance: " + i.link;
        std::string labels = "caf-ai phase-" + label_token(i.phase_name) + " checklist-" + label_token(report.checklist_tag);
        if (i.priority != Priority::None) labels += " priority-" + label_token(label(i.priority));
        if (!i.owner_role.empty()) labels += " owner-" + label_token(i.owner_role);
        if (!i.wave.empty()) labels += " wave-" + label_token(i.wave);
        row(out, {i.title, d, jira_priority(i.priority), labels, jira_status(i.status), i.phase_name, i.link, i.id, i.note,
                  i.start, i.due, i.owner});
    }
    return out;
}

}  // namespace caf
