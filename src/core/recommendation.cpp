#include "core/recommendation.h"

#include <algorithm>

namespace caf {

namespace {

// Profile question ids and option ids are fixed by data/README.md.
struct Rule {
    const char* profile_id;
    const char* fact;                          // how the fact is named in a reason
    std::vector<const char*> enterprise_when;  // options that call for the enterprise checklist
    const char* enterprise_why;
    const char* startup_why;
};

const std::vector<Rule>& rules() {
    static const std::vector<Rule> kRules = {
        {"org_type", "Organization type", {"enterprise", "public_sector"},
         "the enterprise checklist is written for established organizations and the public sector.",
         "the startup checklist covers the essentials without enterprise overhead."},
        {"org_size", "Size", {"s251_1000", "s1001_5000", "s5000_plus"},
         "from 251 people on, AI needs shared governance, skills plans and landing zones.",
         "a small team can start with the essentials."},
        {"regulated", "Regulation", {"regulated", "public"},
         "regulators expect documented risk assessment, governance and security controls.",
         "no regulator asks for the full governance set yet."},
        {"workloads", "AI workloads", {"w6_plus"},
         "many workloads need central operations, cost control and business continuity.",
         "a few workloads do not need a central AI platform yet."},
    };
    return kRules;
}

std::string curly(const std::string& s) { return "\xE2\x80\x9C" + s + "\xE2\x80\x9D"; }

// The option's label from the model ("Enterprise"), or its id if unknown.
std::string option_label(const Model& model, const std::string& profile_id, const std::string& option_id) {
    const ProfileQuestion* q = model.find_profile(profile_id);
    const ProfileOption* o = q ? q->find_option(option_id) : nullptr;
    return o ? o->label : option_id;
}

}  // namespace

const char* checklist_id(ChecklistKind kind) { return kind == ChecklistKind::Enterprise ? "enterprise" : "startup"; }

const char* checklist_label(ChecklistKind kind) {
    return kind == ChecklistKind::Enterprise ? "enterprise checklist" : "startup checklist";
}

Recommendation recommend(const Model& model, const Session& session) {
    Recommendation rec;
    std::vector<std::string> enterprise_reasons, startup_reasons;
    for (const Rule& rule : rules()) {
        const std::string& answer = session.profile_answer(rule.profile_id);
        if (answer.empty()) {
            const ProfileQuestion* q = model.find_profile(rule.profile_id);
            rec.missing.push_back(q ? q->prompt : rule.fact);
            continue;
        }
        const bool enterprise = std::any_of(rule.enterprise_when.begin(), rule.enterprise_when.end(),
                                            [&](const char* o) { return answer == o; });
        const std::string fact = std::string(rule.fact) + ": " + curly(option_label(model, rule.profile_id, answer));
        if (enterprise)
            enterprise_reasons.push_back(fact + " \xE2\x80\x94 " + rule.enterprise_why);
        else
            startup_reasons.push_back(fact + " \xE2\x80\x94 " + rule.startup_why);
    }

    if (!enterprise_reasons.empty()) {
        rec.recommended = ChecklistKind::Enterprise;
        rec.reasons = std::move(enterprise_reasons);
        rec.missing.clear();  // nothing unanswered could make it a startup again
        rec.summary = "The enterprise checklist fits: " +
                      std::string(rec.reasons.size() == 1 ? "one answer calls" : "several answers call") +
                      " for enterprise-level governance.";
    } else if (!startup_reasons.empty()) {
        rec.recommended = ChecklistKind::Startup;
        rec.reasons = std::move(startup_reasons);
        rec.summary = rec.missing.empty()
                          ? "The startup checklist fits: nothing in your profile calls for the enterprise one."
                          : "The startup checklist fits so far; some profile questions are still open.";
    } else {
        rec.recommended = ChecklistKind::Startup;
        rec.reasons.push_back(
            "No profile answers yet: the startup checklist is the default until you answer the profile questions.");
        rec.summary = "The startup checklist is the default until you describe your organization.";
    }

    rec.chosen = rec.recommended;
    if (session.checklist_choice != ChecklistChoice::Auto) {
        rec.overridden = true;
        rec.chosen = session.checklist_choice == ChecklistChoice::Enterprise ? ChecklistKind::Enterprise
                                                                             : ChecklistKind::Startup;
        const std::string chose = "You chose the " + std::string(checklist_label(rec.chosen));
        rec.summary = rec.chosen == rec.recommended
                          ? chose + ", which is also the recommendation."
                          : chose + "; the recommendation was the " + checklist_label(rec.recommended) + ".";
    }
    return rec;
}

}  // namespace caf
