#include "core/glossary.h"

namespace caf {

namespace {

bool word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (static_cast<unsigned char>(c) >= 0x80);   // a letter of another script or an accent
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool same_at(std::string_view text, size_t at, std::string_view word, bool any_case) {
    for (size_t i = 0; i < word.size(); ++i) {
        const char a = text[at + i], b = word[i];
        if (any_case ? lower(a) != lower(b) : a != b) return false;
    }
    return true;
}

// Acronyms and names with capitals inside ("RAG", "CoE", "AI-SPM") match as written;
// ordinary words ("Grounding", "Fine-tuning") in any case.
bool match_any_case(std::string_view term) {
    int upper = 0;
    for (char c : term) upper += c >= 'A' && c <= 'Z';
    return upper < 2;
}

}  // namespace

bool contains_word(std::string_view text, std::string_view word, bool any_case) {
    if (word.empty() || word.size() > text.size()) return false;
    for (size_t at = 0; at + word.size() <= text.size(); ++at) {
        if (!same_at(text, at, word, any_case)) continue;
        const bool start_ok = at == 0 || !word_char(text[at - 1]);
        const size_t end = at + word.size();
        // "RAG" in "RAGs": a plural still names the term.
        const bool end_ok = end == text.size() || !word_char(text[end]) ||
                            (text[end] == 's' && (end + 1 == text.size() || !word_char(text[end + 1])));
        if (start_ok && end_ok) return true;
    }
    return false;
}

std::vector<const GlossaryEntry*> glossary_terms(const Model& model, std::initializer_list<std::string_view> texts) {
    std::vector<const GlossaryEntry*> out;
    for (const auto& entry : model.glossary) {
        bool used = false;
        for (std::string_view t : texts) {
            used = used || contains_word(t, entry.term, match_any_case(entry.term));
            for (const auto& alias : entry.aliases) used = used || contains_word(t, alias, match_any_case(alias));
            if (used) break;
        }
        if (used) out.push_back(&entry);
    }
    return out;
}

const GlossaryEntry* find_glossary_entry(const Model& model, std::string_view term) {
    for (const auto& entry : model.glossary)
        if (entry.term == term) return &entry;
    return nullptr;
}

}  // namespace caf
