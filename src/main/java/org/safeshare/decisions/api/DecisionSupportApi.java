package org.safeshare.decisions.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.safeshare.decisions.Decisions;
import org.safeshare.decisions.Evaluation;
import org.safeshare.platform.InvalidRequestException;
import org.safeshare.platform.security.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** "Should I share?" for partner systems: stateless, records nothing. */
@RestController
@Tag(name = "Decision support", description = "Evaluate the facts of a possible sharing against the guidance")
class DecisionSupportApi {

    private final Decisions decisions;

    DecisionSupportApi(Decisions decisions) {
        this.decisions = decisions;
    }

    @PostMapping("/api/v1/decision-support/evaluations")
    @Operation(summary = "Evaluate facts and return the recommendation with its reasons; nothing is stored",
            description = "guidanceVersion \"2018\" or \"2024\"; when omitted, the partnership's pinned version (2024 by default).")
    RecommendationBody evaluate(@AuthenticationPrincipal Actor actor, @RequestBody SharingFactsBody facts) {
        return switch (decisions.evaluate(actor, facts == null ? null : facts.facts())) {
            case Evaluation.Evaluated evaluated -> RecommendationBody.of(evaluated.recommendation());
            case Evaluation.Refused refused -> throw new InvalidRequestException(problems(refused.problems()));
        };
    }

    static List<InvalidRequestException.FieldProblem> problems(java.util.Map<String, String> problems) {
        return problems.entrySet().stream().map(e -> new InvalidRequestException.FieldProblem(e.getKey(), e.getValue())).toList();
    }
}
