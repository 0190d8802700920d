#include "core/journey.h"

#include "core/scoring.h"

namespace caf {

const char* step_id(Step step) {
    switch (step) {
        case Step::Welcome: return "welcome";
        case Step::Profile: return "profile";
        case Step::Assessment: return "assessment";
        case Step::Results: return "results";
        case Step::Roadmap: return "roadmap";
    }
    return "welcome";
}

std::optional<Step> parse_step(std::string_view id) {
    for (Step s : {Step::Welcome, Step::Profile, Step::Assessment, Step::Results, Step::Roadmap})
        if (id == step_id(s)) return s;
    return std::nullopt;
}

Step next_step(Step step) {
    switch (step) {
        case Step::Welcome: return Step::Profile;
        case Step::Profile: return Step::Assessment;
        case Step::Assessment: return Step::Results;
        case Step::Results:
        case Step::Roadmap: return Step::Roadmap;
    }
    return Step::Welcome;
}

Step previous_step(Step step) {
    switch (step) {
        case Step::Welcome:
        case Step::Profile: return Step::Welcome;
        case Step::Assessment: return Step::Profile;
        case Step::Results: return Step::Assessment;
        case Step::Roadmap: return Step::Results;
    }
    return Step::Welcome;
}

std::vector<QuestionRef> question_sequence(const Model& model, const Session& session) {
    std::vector<QuestionRef> out;
    for (const Phase& p : model.phases)
        for (const Dimension& d : p.dimensions) {
            int in_dim = 0;
            for (const Question& q : d.questions)
                if (question_applies(q, session))
                    out.push_back({&p, &d, nullptr, &q, static_cast<int>(out.size()), in_dim++});
        }
    for (const ReadinessGroup& g : model.readiness.groups) {
        int in_group = 0;
        for (const Question& q : g.questions)
            if (question_applies(q, session))
                out.push_back({nullptr, nullptr, &g, &q, static_cast<int>(out.size()), in_group++});
    }
    return out;
}

QuestionCountRange question_count_range(const Model& model) {
    const int all = int(question_sequence(model, Session{}).size());
    QuestionCountRange r{all, all};
    for (const ProfileQuestion& pq : model.profile) {
        for (const ProfileOption& o : pq.options) {
            Session s;
            s.profile[pq.id] = o.id;
            const int n = int(question_sequence(model, s).size());
            r.fewest = std::min(r.fewest, n);
            r.most = std::max(r.most, n);
        }
    }
    return r;
}

std::vector<DimensionProgress> dimension_progress(const Model& model, const Session& session) {
    std::vector<DimensionProgress> out;
    int index = 0;
    auto add = [&](DimensionProgress dp, const std::vector<Question>& questions) {
        dp.first_index = index;
        for (const Question& q : questions) {
            if (!question_applies(q, session)) continue;
            ++dp.total;
            if (session.answer(q.id).is_answered()) ++dp.answered;
        }
        index += dp.total;
        if (dp.total > 0) out.push_back(std::move(dp));
    };
    for (const Phase& p : model.phases)
        for (const Dimension& d : p.dimensions) add(DimensionProgress{&p, &d, nullptr, d.name}, d.questions);
    for (const ReadinessGroup& g : model.readiness.groups) add(DimensionProgress{nullptr, nullptr, &g, g.name}, g.questions);
    return out;
}

double answered_share(const Model& model, const Session& session) {
    int answered = 0, total = 0;
    for (const DimensionProgress& dp : dimension_progress(model, session)) {
        answered += dp.answered;
        total += dp.total;
    }
    return total == 0 ? 0.0 : static_cast<double>(answered) / total;
}

int next_question(int index, int count) {
    if (count <= 0) return 0;
    return index + 1 < count ? index + 1 : count - 1;
}

int previous_question(int index, int count) {
    if (count <= 0) return 0;
    if (index >= count) return count - 1;
    return index > 0 ? index - 1 : 0;
}

std::optional<int> next_unanswered(const std::vector<QuestionRef>& sequence, const Session& session, int from) {
    const int n = static_cast<int>(sequence.size());
    if (n == 0) return std::nullopt;
    if (from < 0 || from >= n) from = 0;
    for (int k = 0; k < n; ++k) {
        const int i = (from + k) % n;
        if (!session.answer(sequence[i].question->id).is_answered()) return i;
    }
    return std::nullopt;
}

std::optional<int> index_of(const std::vector<QuestionRef>& sequence, std::string_view question_id) {
    for (const QuestionRef& r : sequence)
        if (r.question->id == question_id) return r.index;
    return std::nullopt;
}

std::optional<Answer> answer_for_key(char key, const Question& question) {
    if (key >= '0' && key <= '4') return Answer::of(key - '0');
    if ((key == 'n' || key == 'N') && question.allow_na) return Answer::not_applicable();
    if (key == '?' || key == 'd' || key == 'D') return Answer::dont_know();
    return std::nullopt;
}

}  // namespace caf
