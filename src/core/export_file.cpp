// export_file (export_file.h), and the per-format calls that predate it
// (export_markdown.h, export_html.h, export_csv.h, report.h): each builds the
// report once and hands it to one renderer.
#include "core/export_file.h"

#include "core/export_csv.h"
#include "core/export_html.h"
#include "core/export_ics.h"
#include "core/export_markdown.h"
#include "core/render_html.h"
#include "core/render_markdown.h"
#include "core/report.h"
#include "core/report_model.h"
#include "core/session_io.h"

namespace caf {

namespace {

struct FormatInfo {
    ExportFormat format;
    const char* id;
    const char* stem;    // the name before "-<date>"
    const char* suffix;  // after the date
    const char* mime;
};

// The names the app has always given its downloads.
constexpr FormatInfo kFormats[] = {
    {ExportFormat::Markdown, "md", "ai-adoption-roadmap", ".md", "text/markdown;charset=utf-8"},
    {ExportFormat::Html, "html", "ai-maturity-report", ".html", "text/html;charset=utf-8"},
    {ExportFormat::CsvAzureBoards, "csv", "ai-adoption-roadmap", "-azure-boards.csv", "text/csv;charset=utf-8"},
    {ExportFormat::CsvIssues, "csv-issues", "ai-adoption-roadmap", "-issues.csv", "text/csv;charset=utf-8"},
    {ExportFormat::JsonReport, "json", "ai-maturity-report", ".json", "application/json"},
    {ExportFormat::Session, "session", "ai-maturity-session", ".json", "application/json"},
    {ExportFormat::Ics, "ics", "ai-adoption-plan", ".ics", "text/calendar;charset=utf-8"},
};

const FormatInfo& info(ExportFormat format) {
    for (const auto& f : kFormats)
        if (f.format == format) return f;
    return kFormats[0];
}

std::string bytes_of(ExportFormat format, const Model& model, const Catalogue& catalogue, const Session& session,
                     const Assessment& assessment, const ExportContext& context) {
    switch (format) {
        case ExportFormat::Markdown:
            return render_markdown(build_report(model, catalogue, session, assessment, context).document);
        case ExportFormat::Html:
            return render_html(build_report(model, catalogue, session, assessment, context).document);
        case ExportFormat::CsvAzureBoards:
            return csv_azure_boards(build_report(model, catalogue, session, assessment, context), context.csv);
        case ExportFormat::CsvIssues:
            return csv_issues(build_report(model, catalogue, session, assessment, context), context.csv);
        case ExportFormat::JsonReport:
            return report_json(model, catalogue, session, assessment, context);
        case ExportFormat::Ics:
            return plan_ics(build_report(model, catalogue, session, assessment, context), context,
                            session.meta.title.empty() ? "AI maturity assessment" : session.meta.title);
        case ExportFormat::Session: {
            if (context.saved_at.empty()) return serialize_session(session);
            Session stamped = session;
            stamped.meta.updated = context.saved_at;
            return serialize_session(stamped);
        }
    }
    return {};
}

}  // namespace

ExportedFile export_file(ExportFormat format, const Model& model, const Catalogue& catalogue, const Session& session,
                         const Assessment& assessment, const ExportContext& context) {
    const FormatInfo& f = info(format);
    return {std::string(f.stem) + (context.date.empty() ? "" : "-" + context.date) + f.suffix, f.mime,
            bytes_of(format, model, catalogue, session, assessment, context)};
}

const char* format_id(ExportFormat format) { return info(format).id; }

std::optional<ExportFormat> export_format_from_id(std::string_view id) {
    for (const auto& f : kFormats)
        if (id == f.id) return f.format;
    return std::nullopt;
}

// [SECTION] The per-format calls
// Each calls only its own renderer, so a program that uses one format does
// not link the others (the web app's size).

std::string report_markdown(const Model& model, const Catalogue& catalogue, const Session& session,
                            const Assessment& assessment, const ExportContext& context) {
    return render_markdown(build_report(model, catalogue, session, assessment, context).document);
}

std::string report_markdown(const Model& model, const Catalogue& catalogue, const Session& session,
                            const Assessment& assessment) {
    ExportContext context;
    context.include_notes = true;  // the user's own download, as the app has always written it
    return report_markdown(model, catalogue, session, assessment, context);
}

std::string comparison_markdown(const Comparison& comparison) {
    return render_markdown(comparison_document(comparison));
}

std::string report_html(const Model& model, const Catalogue& catalogue, const Session& session,
                        const Assessment& assessment, const ExportContext& context) {
    return render_html(build_report(model, catalogue, session, assessment, context).document);
}

std::string csv_azure_boards(const Model& model, const Catalogue& catalogue, const Session& session,
                             const Assessment& assessment, const ExportContext& context, const CsvOptions& options) {
    return csv_azure_boards(build_report(model, catalogue, session, assessment, context), options);
}

std::string csv_issues(const Model& model, const Catalogue& catalogue, const Session& session,
                       const Assessment& assessment, const ExportContext& context, const CsvOptions& options) {
    return csv_issues(build_report(model, catalogue, session, assessment, context), options);
}

}  // namespace caf
