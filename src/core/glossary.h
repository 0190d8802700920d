#pragma once
// The glossary (model.json "glossary"): the terms the texts use, found in a
// text so the UI can offer their definitions right where they are read.
//
// A term matches as a whole word (letters and digits around it end a word; a
// plural "s" is allowed). Terms and aliases with two or more capitals ("RAG",
// "CoE", "AI-SPM", "MCP server") match as written; others ("Grounding",
// "Fine-tuning", "retrieval-augmented generation") in any case.
#include <initializer_list>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace caf {

// The entries used anywhere in `texts`, in glossary order, each once.
std::vector<const GlossaryEntry*> glossary_terms(const Model& model, std::initializer_list<std::string_view> texts);

// The entry named `term` (its term exactly), or nullptr.
const GlossaryEntry* find_glossary_entry(const Model& model, std::string_view term);

// Whether `word` occurs in `text` as a whole word (case-sensitive unless `any_case`).
bool contains_word(std::string_view text, std::string_view word, bool any_case);

}  // namespace caf
