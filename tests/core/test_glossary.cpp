// The glossary found in texts (glossary.h): whole words, plurals, aliases.
#include <catch2/catch.hpp>

#include "core/glossary.h"
#include "test_util.h"

TEST_CASE("terms are found as whole words, aliases in any case", "[glossary]") {
    CHECK(caf::contains_word("Build a RAG app", "RAG", false));
    CHECK(caf::contains_word("RAGs on your data", "RAG", false));       // plural
    CHECK(caf::contains_word("(RAG)", "RAG", false));
    CHECK_FALSE(caf::contains_word("DRAGON", "RAG", false));
    CHECK_FALSE(caf::contains_word("a rag doll", "RAG", false));        // the term's own case
    CHECK(caf::contains_word("Use Retrieval-Augmented Generation", "retrieval-augmented generation", true));
    CHECK_FALSE(caf::contains_word("", "RAG", false));
    CHECK_FALSE(caf::contains_word("RA", "RAG", false));

    const caf::Model& m = test::mini_model();   // one entry: RAG, alias "retrieval-augmented generation"
    CHECK(caf::glossary_terms(m, {"no terms here"}).empty());
    const auto found = caf::glossary_terms(m, {"first", "grounded by retrieval-augmented generation"});
    REQUIRE(found.size() == 1);
    CHECK(found[0]->term == "RAG");
    CHECK(caf::glossary_terms(m, {"RAG", "RAG again"}).size() == 1);   // each entry once
    CHECK(caf::find_glossary_entry(m, "RAG") == found[0]);
    // Ordinary words match in any case (the real glossary's "Grounding" in "grounding data").
    const caf::Model& real = test::real_model();
    bool grounding = false;
    for (const auto* e : caf::glossary_terms(real, {"prepare grounding data"})) grounding = grounding || e->term == "Grounding";
    CHECK(grounding);
    for (const auto* e : caf::glossary_terms(real, {"a mcp server"})) CHECK(e->term != "MCP");   // an acronym as written
    CHECK(caf::find_glossary_entry(m, "rag") == nullptr);
}

TEST_CASE("the real questions lead to their terms", "[glossary][data]") {
    const caf::Model& m = test::real_model();
    int with_terms = 0, questions = 0;
    auto count = [&](const caf::Question& q) {
        ++questions;
        with_terms += !caf::glossary_terms(m, {q.prompt, q.why, q.evidence_to_ask}).empty();
    };
    for (const auto& p : m.phases)
        for (const auto& d : p.dimensions)
            for (const auto& q : d.questions) count(q);
    for (const auto& g : m.readiness.groups)
        for (const auto& q : g.questions) count(q);
    CHECK(questions == 68);
    CHECK(with_terms >= 15);   // the glossary explains the jargon the questions use
    for (const auto& e : m.glossary) {
        INFO(e.term);
        CHECK(caf::find_glossary_entry(m, e.term) == &e);
    }
}
