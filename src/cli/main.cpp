// caf-assess: the native command line on the same core as the web app.
//
//   caf-assess report <session.json> [--format md|json] [--out FILE]
//   caf-assess validate <file>
//   caf-assess --help | --version
//   common: --model FILE --checklist FILE (instead of the built-in data)
//
// Exit codes: 0 ok, 1 invalid input or data, 2 usage error, 3 I/O error.
// Results go to stdout (or --out), errors to stderr as "file:pointer: message".
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/assessment.h"
#include "core/document.h"
#include "core/model_loader.h"
#include "core/report.h"
#include "core/session_io.h"

namespace {

// [SECTION] Exit codes and messages

enum Exit { kOk = 0, kInvalid = 1, kUsage = 2, kIo = 3 };

const char* kUsageText =
    "Usage:\n"
    "  caf-assess report <session.json> [--format md|json] [--out FILE]\n"
    "  caf-assess validate <file>\n"
    "  caf-assess --help | --version\n"
    "\n"
    "Commands:\n"
    "  report    Score a saved session and print its report: maturity level and why,\n"
    "            scores, coverage, the recommended CAF checklist (startup or enterprise)\n"
    "            with each item's status, priority (now/next/later), reason and link.\n"
    "  validate  Check a session, model or checklist file (the kind is detected from\n"
    "            its content) and print \"OK: <file> is a valid <kind>\".\n"
    "\n"
    "Options:\n"
    "  --format md|json    report format (default: md)\n"
    "  --out FILE          write the report to FILE instead of standard output\n"
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

// [SECTION] Arguments

struct Args {
    std::string command;  // "report", "validate", "help", "version"
    std::string file;
    std::string format = "md";
    std::string out, model, checklist;
};

// Returns an error message, or "" on success.
std::string parse_args(int argc, char** argv, Args& a) {
    std::vector<std::string> positional;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&](std::string& into) -> bool {
            if (i + 1 >= argc) return false;
            into = argv[++i];
            return true;
        };
        if (arg == "--help" || arg == "-h") {
            a.command = "help";
            return "";
        }
        if (arg == "--version") {
            a.command = "version";
            return "";
        }
        if (arg == "--format" || arg == "--out" || arg == "--model" || arg == "--checklist") {
            std::string& into = arg == "--format" ? a.format : arg == "--out" ? a.out : arg == "--model" ? a.model : a.checklist;
            if (!value(into)) return arg + " needs a value";
            continue;
        }
        if (arg.rfind("--format=", 0) == 0) {
            a.format = arg.substr(9);
            continue;
        }
        if (arg.size() > 1 && arg[0] == '-') return "unknown option '" + arg + "'";
        positional.push_back(arg);
    }
    if (positional.empty()) return "missing command (report or validate)";
    a.command = positional[0];
    if (a.command != "report" && a.command != "validate") return "unknown command '" + a.command + "'";
    if (positional.size() < 2) return a.command + " needs a file";
    if (positional.size() > 2) return "too many arguments: '" + positional[2] + "'";
    a.file = positional[1];
    if (a.format != "md" && a.format != "json") return "--format must be md or json, not '" + a.format + "'";
    if (a.command == "validate" && (!a.out.empty() || a.format != "md")) return "validate takes no --out or --format";
    return "";
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

// [SECTION] Commands

int run_report(const Args& a) {
    const auto text = read_file(a.file);
    if (!text) {
        std::cerr << a.file << ": cannot read the file\n";
        return kIo;
    }
    int code = kOk;
    const auto data = load_data(a, code);
    if (!data) return code;
    const auto session = caf::parse_session(*text, a.file, data->model, data->catalogue);
    if (!session.ok()) {
        print_errors(session.errors);
        return kInvalid;
    }
    const caf::Assessment assessment = caf::assess(data->model, data->catalogue, *session.value);
    const std::string report =
        a.format == "json" ? caf::report_json(data->model, data->catalogue, *session.value, assessment)
                           : caf::report_markdown(data->model, data->catalogue, *session.value, assessment);
    if (a.out.empty()) {
        std::cout << report;
        std::cout.flush();
        return std::cout ? kOk : kIo;
    }
    std::ofstream out(a.out, std::ios::binary | std::ios::trunc);
    if (!out) {
        std::cerr << a.out << ": cannot write the file\n";
        return kIo;
    }
    out << report;
    out.close();
    if (!out) {
        std::cerr << a.out << ": cannot write the file\n";
        return kIo;
    }
    return kOk;
}

int run_validate(const Args& a) {
    const auto text = read_file(a.file);
    if (!text) {
        std::cerr << a.file << ": cannot read the file\n";
        return kIo;
    }
    const auto kind = caf::detect_document_kind(*text, a.file);
    if (!kind.ok()) {
        print_errors(kind.errors);
        return kInvalid;
    }
    std::vector<caf::LoadError> errors;
    int code = kOk;
    if (*kind.value == caf::DocumentKind::Model) {
        errors = caf::load_model(*text, a.file).errors;
    } else if (*kind.value == caf::DocumentKind::Catalogue) {
        const auto model = load_model(a, code);  // a catalogue is checked against a model
        if (!model) return code;
        errors = caf::load_catalogue(*text, a.file, *model).errors;
    } else {
        const auto data = load_data(a, code);
        if (!data) return code;
        errors = caf::parse_session(*text, a.file, data->model, data->catalogue).errors;
    }
    if (!errors.empty()) {
        print_errors(errors);
        std::cerr << a.file << ": not a valid " << caf::describe(*kind.value) << " (" << errors.size()
                  << (errors.size() == 1 ? " error)\n" : " errors)\n");
        return kInvalid;
    }
    std::cout << "OK: " << a.file << " is a valid " << caf::describe(*kind.value) << "\n";
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
        return args.command == "report" ? run_report(args) : run_validate(args);
    } catch (const std::exception& e) {
        // Not expected (the core does not throw on input), but never a crash.
        std::cerr << "caf-assess: internal error: " << e.what() << "\n";
        return kInvalid;
    }
}
