// caf-assess: the native command line on the same core as the web app.
//
//   caf-assess report <session.json> [--format md|html|csv|csv-issues|json|session]
//                     [--out FILE] [--notes] [--compare EARLIER.json] [--date YYYY-MM-DD]
//                     [--work-item-type TYPE] [--no-bom]
//   caf-assess diff <earlier.json> <later.json> [--format md|json] [--out FILE]
//   caf-assess merge <a.json> <b.json>… [--format md|html|json] [--out FILE]
//                     [--session-out FILE] [--notes] [--date YYYY-MM-DD]
//   caf-assess share <session.json> [--notes]
//   caf-assess unshare <link-or-fragment> [--out FILE]
//   caf-assess validate <file> [--kind session|model|checklist]
//   caf-assess --help | --version
//   common: --model FILE --checklist FILE (instead of the built-in data)
//
// Exit codes: 0 ok, 1 invalid input or data, 2 usage error, 3 I/O error.
// Results go to stdout (or --out), errors to stderr as "file:pointer: message",
// notes about conversions (older model versions) to stderr as "note: …".
// Session files are read with import_session (core/import.h): the same checks
// and messages as the app's import.
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/assessment.h"
#include "core/civil_date.h"
#include "core/compare.h"
#include "core/document.h"
#include "core/export_file.h"
#include "core/export_json.h"
#include "core/export_markdown.h"
#include "core/import.h"
#include "core/merge.h"
#include "core/model_loader.h"
#include "core/session_io.h"
#include "core/share_link.h"

namespace {

// [SECTION] Exit codes and messages

enum Exit { kOk = 0, kInvalid = 1, kUsage = 2, kIo = 3 };

const char* kUsageText =
    "Usage:\n"
    "  caf-assess report <session.json> [--format md|html|csv|csv-issues|json|session|ics] [--out FILE]\n"
    "                    [--notes] [--compare EARLIER.json] [--date YYYY-MM-DD]\n"
    "                    [--start YYYY-MM-DD] [--capacity N] [--process basic|agile|scrum|cmmi]\n"
    "                    [--work-item-type TYPE] [--no-bom]\n"
    "  caf-assess diff <earlier.json> <later.json> [--format md|json] [--out FILE]\n"
    "  caf-assess merge <a.json> <b.json>... [--format md|html|json] [--out FILE]\n"
    "                    [--session-out FILE] [--notes] [--date YYYY-MM-DD]\n"
    "  caf-assess share <session.json> [--notes]\n"
    "  caf-assess unshare <link-or-fragment> [--out FILE]\n"
    "  caf-assess validate <file> [--kind session|model|checklist]\n"
    "  caf-assess --help | --version\n"
    "\n"
    "Commands:\n"
    "  report    Score a saved session and write its report: maturity level and why,\n"
    "            scores, coverage, the recommended CAF checklist (startup or enterprise)\n"
    "            with each item's status, priority (now/next/later), reason and link.\n"
    "            Formats: md (GitHub Markdown, default), html (one self-contained,\n"
    "            printable file), csv (Azure Boards work-item import), csv-issues\n"
    "            (Jira / GitHub issue import), json (machine-readable report),\n"
    "            session (the session file itself, converted to this model version),\n"
    "            ics (the plan's wave milestones as an iCalendar file).\n"
    "            Every format carries the dated plan: owners, efforts, dependencies and\n"
    "            start and due dates from --start (default: the session's, else --date).\n"
    "  diff      Compare an earlier and a later session: score and level changes per\n"
    "            dimension, changed answers, checklist items newly done or regressed.\n"
    "  merge     Merge several respondents' sessions: per-dimension mean, range,\n"
    "            standard deviation and divergence, and the roadmap of the merged view.\n"
    "  share     Print the share-link fragment of a session (put it after '#' in the\n"
    "            app's address). Notes, title and respondent only with --notes.\n"
    "  unshare   Decode a share link (the whole address or the part after '#') and\n"
    "            print the session file.\n"
    "  validate  Check a session, model or checklist file (the kind is detected from\n"
    "            its content unless --kind is given) and print \"OK: <file> is a valid <kind>\".\n"
    "\n"
    "Options:\n"
    "  --format FORMAT     output format (default: md)\n"
    "  --out FILE          write the output to FILE instead of standard output\n"
    "  --notes             include the user's notes (md, html, csv, csv-issues, json, share;\n"
    "                      the session format always keeps them)\n"
    "  --compare FILE      add a \"Changes since\" section comparing with an earlier session\n"
    "  --date YYYY-MM-DD   the report date (default: today, UTC; or SOURCE_DATE_EPOCH)\n"
    "  --start YYYY-MM-DD  the plan's start date (default: the session's plan, else --date)\n"
    "  --capacity N        how many plan items run at once, 1..12 (default: the session's, else 2)\n"
    "  --process P         the Azure Boards project's process: basic (Issue), agile (User\n"
    "                      Story, the default), scrum (Product Backlog Item) or cmmi (Requirement)\n"
    "  --work-item-type T  Azure Boards work item type, instead of the process's\n"
    "  --no-bom            CSV without the UTF-8 byte order mark\n"
    "  --session-out FILE  merge: also write the merged session file\n"
    "  --kind KIND         validate: session, model or checklist\n"
    "  --model FILE        use this model instead of the built-in one\n"
    "  --checklist FILE    use this checklist catalogue instead of the built-in one\n"
    "\n"
    "Exit codes: 0 ok, 1 invalid input or data, 2 usage error, 3 file could not be read or written.\n";

int usage_error(const std::string& message) {
    std::cerr << "caf-assess: " << message << "\n" << "Try 'caf-assess --help'.\n";
    return kUsage;
}

void print_errors(const std::vector<caf::LoadError>& errors) {
    for (const auto& e : errors) std::cerr << e.to_string() << "\n";
}

std::optional<std::string> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return ss.str();
}

std::string base_name(const std::string& path) {
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// [SECTION] Arguments

struct Args {
    std::string command;  // "report", "diff", "merge", "share", "unshare", "validate", "help", "version"
    std::vector<std::string> files;
    std::string format;
    std::string out, model, checklist, compare, date, session_out, kind;
    std::string work_item_type, start, capacity, process;
    bool notes = false, no_bom = false;
};

bool one_of(const std::string& v, std::initializer_list<const char*> options) {
    for (const char* o : options)
        if (v == o) return true;
    return false;
}

bool valid_date(const std::string& d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (d[i] < '0' || d[i] > '9') return false;
    return true;
}

// Returns an error message, or "" on success.
std::string parse_args(int argc, char** argv, Args& a) {
    std::vector<std::string> positional;
    std::vector<std::string> given;  // options seen, for "takes no …" checks
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            a.command = "help";
            return "";
        }
        if (arg == "--version") {
            a.command = "version";
            return "";
        }
        std::optional<std::string> inline_value;
        if (arg.rfind("--", 0) == 0 && arg.find('=') != std::string::npos) {
            inline_value = arg.substr(arg.find('=') + 1);
            arg = arg.substr(0, arg.find('='));
        }
        std::string* into = arg == "--format"           ? &a.format
                            : arg == "--out"            ? &a.out
                            : arg == "--model"          ? &a.model
                            : arg == "--checklist"      ? &a.checklist
                            : arg == "--compare"        ? &a.compare
                            : arg == "--date"           ? &a.date
                            : arg == "--session-out"    ? &a.session_out
                            : arg == "--kind"           ? &a.kind
                            : arg == "--work-item-type" ? &a.work_item_type
                            : arg == "--start"          ? &a.start
                            : arg == "--capacity"       ? &a.capacity
                            : arg == "--process"        ? &a.process
                                                        : nullptr;
        if (into) {
            if (inline_value) {
                *into = *inline_value;
            } else {
                if (i + 1 >= argc) return arg + " needs a value";
                *into = argv[++i];
            }
            given.push_back(arg);
            continue;
        }
        if ((arg == "--notes" || arg == "--no-bom") && !inline_value) {
            (arg == "--notes" ? a.notes : a.no_bom) = true;
            given.push_back(arg);
            continue;
        }
        if (arg.size() > 1 && arg[0] == '-') return "unknown option '" + std::string(argv[i]) + "'";
        positional.push_back(arg);
    }
    if (positional.empty()) return "missing command (report, diff, merge, share, unshare or validate)";
    a.command = positional[0];
    a.files.assign(positional.begin() + 1, positional.end());
    auto allowed = [&](std::initializer_list<const char*> options) -> std::string {
        for (const auto& g : given) {
            bool ok = g == "--model" || g == "--checklist";
            for (const char* o : options) ok = ok || g == o;
            if (!ok) return a.command + " takes no " + g;
        }
        return "";
    };
    std::string problem;
    if (a.command == "report") {
        if (a.files.empty()) return "report needs a file";
        if (a.files.size() > 1) return "too many arguments: '" + a.files[1] + "'";
        if (a.format.empty()) a.format = "md";
        if (!caf::export_format_from_id(a.format))
            return "--format must be md, html, csv, csv-issues, json, session or ics, not '" + a.format + "'";
        problem = allowed({"--format", "--out", "--notes", "--compare", "--date", "--work-item-type", "--no-bom",
                           "--start", "--capacity", "--process"});
    } else if (a.command == "diff") {
        if (a.files.size() < 2) return "diff needs two files: the earlier and the later session";
        if (a.files.size() > 2) return "too many arguments: '" + a.files[2] + "'";
        if (a.format.empty()) a.format = "md";
        if (!one_of(a.format, {"md", "json"})) return "--format must be md or json, not '" + a.format + "'";
        problem = allowed({"--format", "--out"});
    } else if (a.command == "merge") {
        if (a.files.size() < 2) return "merge needs at least two session files";
        if (a.format.empty()) a.format = "md";
        if (!one_of(a.format, {"md", "html", "json"}))
            return "--format must be md, html or json, not '" + a.format + "'";
        problem = allowed({"--format", "--out", "--session-out", "--notes", "--date"});
    } else if (a.command == "share") {
        if (a.files.empty()) return "share needs a file";
        if (a.files.size() > 1) return "too many arguments: '" + a.files[1] + "'";
        problem = allowed({"--notes"});
    } else if (a.command == "unshare") {
        if (a.files.empty()) return "unshare needs a link";
        if (a.files.size() > 1) return "too many arguments: '" + a.files[1] + "'";
        problem = allowed({"--out"});
    } else if (a.command == "validate") {
        if (a.files.empty()) return "validate needs a file";
        if (a.files.size() > 1) return "too many arguments: '" + a.files[1] + "'";
        if (!a.out.empty() || !a.format.empty()) return "validate takes no --out or --format";
        if (!a.kind.empty() && !one_of(a.kind, {"session", "model", "checklist"}))
            return "--kind must be session, model or checklist, not '" + a.kind + "'";
        problem = allowed({"--kind"});
    } else {
        return "unknown command '" + a.command + "'";
    }
    if (!problem.empty()) return problem;
    if (!a.date.empty() && !valid_date(a.date)) return "--date must look like 2026-11-23, not '" + a.date + "'";
    for (const auto& g : given)
        if (g == "--work-item-type" && a.work_item_type.empty()) return "--work-item-type must not be empty";
    if (!a.start.empty() && !caf::parse_iso_day(a.start))
        return "--start must be a real day like 2027-01-04, not '" + a.start + "'";
    if (!a.capacity.empty() &&
        !(a.capacity.size() <= 2 && a.capacity.find_first_not_of("0123456789") == std::string::npos &&
          std::stoi(a.capacity) >= 1 && std::stoi(a.capacity) <= 12))
        return "--capacity must be a whole number from 1 to 12, not '" + a.capacity + "'";
    if (!a.process.empty() && !one_of(a.process, {"basic", "agile", "scrum", "cmmi"}))
        return "--process must be basic, agile, scrum or cmmi, not '" + a.process + "'";
    return "";
}

// Today's date (UTC), or SOURCE_DATE_EPOCH's (reproducible output).
std::string today() {
    std::time_t now = std::time(nullptr);
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
        char* end = nullptr;
        const long long v = std::strtoll(epoch, &end, 10);
        if (end && *end == '\0' && v >= 0) now = static_cast<std::time_t>(v);
    }
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

// [SECTION] Data

struct Data {
    caf::Model model;
    caf::Catalogue catalogue;
};

// The built-in model or --model FILE; prints errors and sets exit_code.
std::optional<caf::Model> load_model(const Args& a, int& exit_code) {
    caf::Loaded<caf::Model> model;
    if (a.model.empty()) {
        model = caf::builtin_model();
    } else {
        const auto text = read_file(a.model);
        if (!text) {
            std::cerr << a.model << ": cannot read the file\n";
            exit_code = kIo;
            return std::nullopt;
        }
        model = caf::load_model(*text, a.model);
    }
    if (!model.ok()) {
        print_errors(model.errors);
        exit_code = kInvalid;
        return std::nullopt;
    }
    return std::move(*model.value);
}

// The model and the built-in checklist or --checklist FILE.
std::optional<Data> load_data(const Args& a, int& exit_code) {
    auto model = load_model(a, exit_code);
    if (!model) return std::nullopt;
    caf::Loaded<caf::Catalogue> catalogue;
    if (a.checklist.empty()) {
        catalogue = caf::builtin_catalogue(*model);
    } else {
        const auto text = read_file(a.checklist);
        if (!text) {
            std::cerr << a.checklist << ": cannot read the file\n";
            exit_code = kIo;
            return std::nullopt;
        }
        catalogue = caf::load_catalogue(*text, a.checklist, *model);
    }
    if (!catalogue.ok()) {
        print_errors(catalogue.errors);
        exit_code = kInvalid;
        return std::nullopt;
    }
    return Data{std::move(*model), std::move(*catalogue.value)};
}

// A session file through import_session; prints errors (or notes) and sets exit_code.
std::optional<caf::Session> load_session(const std::string& path, const Data& data, int& exit_code) {
    const auto bytes = read_file(path);
    if (!bytes) {
        std::cerr << path << ": cannot read the file\n";
        exit_code = kIo;
        return std::nullopt;
    }
    auto imported = caf::import_session(*bytes, path, data.model, data.catalogue);
    if (!imported.ok()) {
        print_errors(imported.session.errors);
        exit_code = kInvalid;
        return std::nullopt;
    }
    for (const auto& n : imported.notes) std::cerr << "note: " << path << ": " << n << "\n";
    return std::move(*imported.session.value);
}

int write_output(const std::string& path, const std::string& content) {
    if (path.empty()) {
        std::cout << content;
        std::cout.flush();
        return std::cout ? kOk : kIo;
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) {
        std::cerr << path << ": cannot write the file\n";
        return kIo;
    }
    out << content;
    out.close();
    if (!out) {
        std::cerr << path << ": cannot write the file\n";
        return kIo;
    }
    return kOk;
}

// [SECTION] Commands

// The comparison's column labels: the saved dates when they tell the two
// apart, else the file names.
void label_by_file(caf::Comparison& c, const caf::Session& before, const caf::Session& after,
                   const std::string& before_file, const std::string& after_file) {
    if (before.meta.updated.empty() || after.meta.updated.empty() ||
        before.meta.updated.substr(0, 10) == after.meta.updated.substr(0, 10)) {
        c.before_label = base_name(before_file);
        c.after_label = base_name(after_file);
    }
}

int run_report(const Args& a) {
    int code = kOk;
    const auto data = load_data(a, code);
    if (!data) return code;
    const auto session = load_session(a.files[0], *data, code);
    if (!session) return code;
    std::optional<caf::Session> earlier;
    if (!a.compare.empty()) {
        earlier = load_session(a.compare, *data, code);
        if (!earlier) return code;
    }
    const caf::Assessment assessment = caf::assess(data->model, data->catalogue, *session);
    caf::ExportContext ctx;
    ctx.date = a.date.empty() ? today() : a.date;
    ctx.include_notes = a.notes;
    std::optional<caf::Comparison> comparison;
    if (earlier) {
        comparison = caf::compare(data->model, data->catalogue, *earlier, *session);
        label_by_file(*comparison, *earlier, *session, a.compare, a.files[0]);
        ctx.comparison = &*comparison;
    }
    ctx.csv.bom = !a.no_bom;
    ctx.csv.work_item_type = a.work_item_type;
    if (!a.process.empty())
        ctx.csv.process = a.process == "basic"   ? caf::AzureProcess::Basic
                          : a.process == "scrum" ? caf::AzureProcess::Scrum
                          : a.process == "cmmi"  ? caf::AzureProcess::Cmmi
                                                 : caf::AzureProcess::Agile;
    ctx.plan.start = a.start;
    ctx.plan.capacity = a.capacity.empty() ? 0 : std::stoi(a.capacity);
    const caf::ExportFormat format = *caf::export_format_from_id(a.format);  // parse_args checked it
    return write_output(a.out, caf::export_file(format, data->model, data->catalogue, *session, assessment, ctx).bytes);
}

int run_diff(const Args& a) {
    int code = kOk;
    const auto data = load_data(a, code);
    if (!data) return code;
    const auto before = load_session(a.files[0], *data, code);
    if (!before) return code;
    const auto after = load_session(a.files[1], *data, code);
    if (!after) return code;
    caf::Comparison cmp = caf::compare(data->model, data->catalogue, *before, *after);
    label_by_file(cmp, *before, *after, a.files[0], a.files[1]);
    return write_output(a.out, a.format == "json" ? caf::comparison_json(data->model, cmp)
                                                  : caf::comparison_markdown(cmp));
}

int run_merge(const Args& a) {
    int code = kOk;
    const auto data = load_data(a, code);
    if (!data) return code;
    std::vector<caf::Session> sessions;
    std::vector<std::string> names;
    for (const auto& f : a.files) {
        auto s = load_session(f, *data, code);
        if (!s) return code;
        names.push_back(s->meta.respondent.empty() ? base_name(f) : s->meta.respondent);
        sessions.push_back(std::move(*s));
    }
    // The respondent's name, or the file name; "name (file)" when two share a name.
    const std::vector<std::string> given = names;
    for (size_t i = 0; i < names.size(); ++i) {
        size_t same = 0;
        for (const auto& n : given) same += n == given[i] ? 1 : 0;
        if (same > 1 && !sessions[i].meta.respondent.empty())
            names[i] = sessions[i].meta.respondent + " (" + base_name(a.files[i]) + ")";
    }
    const caf::Merged merged = caf::merge(data->model, data->catalogue, sessions, names);
    if (!a.session_out.empty()) {
        const int written = write_output(a.session_out, caf::serialize_session(merged.session));
        if (written != kOk) return written;
    }
    if (a.format == "json") return write_output(a.out, caf::merge_json(data->model, merged));
    const caf::Assessment assessment = caf::assess(data->model, data->catalogue, merged.session);
    caf::ExportContext ctx;
    ctx.date = a.date.empty() ? today() : a.date;
    ctx.include_notes = a.notes;
    ctx.merged = &merged;
    const caf::ExportFormat format = a.format == "html" ? caf::ExportFormat::Html : caf::ExportFormat::Markdown;
    return write_output(a.out,
                        caf::export_file(format, data->model, data->catalogue, merged.session, assessment, ctx).bytes);
}

int run_share(const Args& a) {
    int code = kOk;
    const auto data = load_data(a, code);
    if (!data) return code;
    const auto session = load_session(a.files[0], *data, code);
    if (!session) return code;
    return write_output("", caf::encode_share(data->model, data->catalogue, *session, a.notes) + "\n");
}

int run_unshare(const Args& a) {
    int code = kOk;
    const auto data = load_data(a, code);
    if (!data) return code;
    std::string link = a.files[0];
    const auto hash = link.find('#');
    if (hash != std::string::npos) link = link.substr(hash + 1);
    const auto decoded = caf::decode_share(link, data->model, data->catalogue);
    if (!decoded.ok()) {
        print_errors(decoded.session.errors);
        return kInvalid;
    }
    for (const auto& n : decoded.notes) std::cerr << "note: " << n << "\n";
    return write_output(a.out, caf::serialize_session(*decoded.session.value));
}

int run_validate(const Args& a) {
    const auto bytes = read_file(a.files[0]);
    const std::string& file = a.files[0];
    if (!bytes) {
        std::cerr << file << ": cannot read the file\n";
        return kIo;
    }
    // The same byte checks as the app's import, for every kind of file.
    std::string_view text;
    if (auto errors = caf::check_text_bytes(*bytes, file, text); !errors.empty()) {
        print_errors(errors);
        const char* what = a.kind == "session"     ? "session"
                           : a.kind == "model"     ? "model"
                           : a.kind == "checklist" ? "checklist catalogue"
                                                   : "file";
        std::cerr << file << ": not a valid " << what << " (1 error)\n";
        return kInvalid;
    }
    caf::DocumentKind kind = caf::DocumentKind::Session;
    if (a.kind == "model") {
        kind = caf::DocumentKind::Model;
    } else if (a.kind == "checklist") {
        kind = caf::DocumentKind::Catalogue;
    } else if (a.kind.empty()) {
        const auto detected = caf::detect_document_kind(text, file);
        if (!detected.ok()) {
            print_errors(detected.errors);
            return kInvalid;
        }
        kind = *detected.value;
    }
    std::vector<caf::LoadError> errors;
    std::vector<std::string> notes;
    int code = kOk;
    if (kind == caf::DocumentKind::Model) {
        errors = caf::load_model(text, file).errors;
    } else if (kind == caf::DocumentKind::Catalogue) {
        const auto model = load_model(a, code);  // a catalogue is checked against a model
        if (!model) return code;
        errors = caf::load_catalogue(text, file, *model).errors;
    } else {
        const auto data = load_data(a, code);
        if (!data) return code;
        auto imported = caf::import_session(*bytes, file, data->model, data->catalogue);
        errors = std::move(imported.session.errors);
        notes = std::move(imported.notes);
    }
    if (!errors.empty()) {
        print_errors(errors);
        std::cerr << file << ": not a valid " << caf::describe(kind) << " (" << errors.size()
                  << (errors.size() == 1 ? " error)\n" : " errors)\n");
        return kInvalid;
    }
    for (const auto& n : notes) std::cerr << "note: " << file << ": " << n << "\n";
    std::cout << "OK: " << file << " is a valid " << caf::describe(kind) << "\n";
    return kOk;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        Args args;
        const std::string problem = parse_args(argc, argv, args);
        if (args.command == "help") {
            std::cout << "caf-assess: CAF AI maturity self-assessment on the command line.\n\n" << kUsageText;
            return kOk;
        }
        if (args.command == "version") {
            std::cout << "caf-assess 1.0.0\n";
            return kOk;
        }
        if (!problem.empty()) return usage_error(problem);
        if (args.command == "report") return run_report(args);
        if (args.command == "diff") return run_diff(args);
        if (args.command == "merge") return run_merge(args);
        if (args.command == "share") return run_share(args);
        if (args.command == "unshare") return run_unshare(args);
        return run_validate(args);
    } catch (const std::exception& e) {
        // Not expected (the core does not throw on input), but never a crash.
        std::cerr << "caf-assess: internal error: " << e.what() << "\n";
        return kInvalid;
    }
}
