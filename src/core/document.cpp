#include "core/document.h"

#include "core/json_read.h"

namespace caf {

Loaded<DocumentKind> detect_document_kind(std::string_view text, const std::string& file_name) {
    detail::JsonReader r(file_name);
    const detail::json root = r.parse(text);
    if (r.failed()) return Loaded<DocumentKind>::failure(std::move(r.errors));
    if (!r.expect_object(root, "")) return Loaded<DocumentKind>::failure(std::move(r.errors));
    if (root.contains("format")) return Loaded<DocumentKind>::success(DocumentKind::Session);
    if (root.contains("items") || root.contains("checklists"))
        return Loaded<DocumentKind>::success(DocumentKind::Catalogue);
    if (root.contains("levels") || root.contains("level_rule") || root.contains("profile"))
        return Loaded<DocumentKind>::success(DocumentKind::Model);
    r.fail("", "is neither a session (\"format\": \"caf-ai-session\"), a model (\"levels\", \"phases\") nor a "
               "checklist catalogue (\"checklists\", \"items\")");
    return Loaded<DocumentKind>::failure(std::move(r.errors));
}

const char* describe(DocumentKind kind) {
    switch (kind) {
        case DocumentKind::Model: return "model";
        case DocumentKind::Catalogue: return "checklist catalogue";
        case DocumentKind::Session: return "session";
    }
    return "file";
}

}  // namespace caf
