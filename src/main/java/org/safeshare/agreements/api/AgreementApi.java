package org.safeshare.agreements.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.safeshare.agreements.AgreedPurpose;
import org.safeshare.agreements.Agreement;
import org.safeshare.agreements.AgreementChange;
import org.safeshare.agreements.Agreements;
import org.safeshare.agreements.LawfulBasisCited;
import org.safeshare.agreements.NewAgreement;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.InvalidRequestException;
import org.safeshare.platform.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The partnership's information sharing agreements for partner systems; recording one needs a person's role. */
@RestController
@RequestMapping("/api/v1/information-sharing-agreements")
@Tag(name = "Information sharing agreements", description = "What the partnership's organisations agreed to share, why and on which lawful basis")
class AgreementApi {

    private final Agreements agreements;

    AgreementApi(Agreements agreements) {
        this.agreements = agreements;
    }

    @GetMapping
    @Operation(summary = "List the agreements of the caller's partnership")
    List<AgreementJson> list(@AuthenticationPrincipal Actor actor) {
        return agreements.of(actor).stream().map(AgreementJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agreement of the caller's partnership")
    AgreementJson one(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return AgreementJson.of(agreements.visibleTo(actor, id));
    }

    @PostMapping
    @Operation(summary = "Record an agreement (partnership administrator, or IG lead of a party)")
    ResponseEntity<AgreementJson> record(@AuthenticationPrincipal Actor actor, @RequestBody AgreementBody body) {
        return switch (agreements.record(actor, body.request())) {
            case AgreementChange.Recorded recorded -> ResponseEntity.created(URI.create("/api/v1/information-sharing-agreements/"
                    + recorded.agreement().id())).body(AgreementJson.of(recorded.agreement()));
            case AgreementChange.Refused refused -> throw new InvalidRequestException(refused.problems().stream()
                    .map(p -> new InvalidRequestException.FieldProblem(p.field(), p.message())).toList());
        };
    }

    /** What a partner system sends; absent lists are empty, and the rules then say what is missing. */
    record AgreementBody(String title, List<UUID> parties, List<Purpose> purposes, List<String> informationCategories,
            List<LawfulBasis> lawfulBases, LocalDate startsOn, LocalDate reviewOn, LocalDate endsOn, String dpiaReference,
            List<String> signatories) {

        NewAgreement request() {
            return new NewAgreement(title, new HashSet<>(orEmpty(parties).stream().map(OrganisationId::new).toList()),
                    new HashSet<>(orEmpty(purposes).stream().map(p -> AgreedPurpose.valueOf(p.name())).toList()), orEmpty(informationCategories),
                    new HashSet<>(orEmpty(lawfulBases).stream().map(b -> LawfulBasisCited.valueOf(b.name())).toList()), startsOn, reviewOn,
                    endsOn, dpiaReference, orEmpty(signatories));
        }

        private static <T> List<T> orEmpty(List<T> values) {
            return values == null ? List.of() : values.stream().filter(java.util.Objects::nonNull).toList();
        }
    }

    /** An agreement as the API shows it. */
    record AgreementJson(UUID id, String title, List<UUID> parties, List<Purpose> purposes, List<String> informationCategories,
            List<LawfulBasis> lawfulBases, LocalDate startsOn, LocalDate reviewOn, LocalDate endsOn, String dpiaReference,
            List<String> signatories) {

        static AgreementJson of(Agreement a) {
            return new AgreementJson(a.id(), a.title(), a.parties().stream().map(OrganisationId::value).sorted().toList(),
                    a.purposes().stream().sorted().map(p -> Purpose.valueOf(p.name())).toList(), a.informationCategories(),
                    a.lawfulBases().stream().sorted().map(b -> LawfulBasis.valueOf(b.name())).toList(),
                    a.startsOn(), a.reviewOn(), a.endsOn().orElse(null), a.dpiaReference(), a.signatories());
        }
    }

    /** The API's own names for an agreement's purposes and lawful bases (ADR 0022): the domain's may change, these do not. */
    enum Purpose { SAFEGUARDING, EARLY_HELP, INDIVIDUAL_CARE, CRIME_PREVENTION, LEGAL_PROCEEDINGS, STATUTORY_DUTY, OTHER }

    enum LawfulBasis {
        PUBLIC_TASK, LEGAL_OBLIGATION, RECOGNISED_LEGITIMATE_INTEREST, LEGITIMATE_INTERESTS, CONSENT, SAFEGUARDING_CONDITION,
        HEALTH_AND_SOCIAL_CARE, LAW_ENFORCEMENT
    }
}
