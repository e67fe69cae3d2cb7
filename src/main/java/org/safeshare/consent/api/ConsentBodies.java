package org.safeshare.consent.api;

import static org.safeshare.consent.api.ConsentValues.all;
import static org.safeshare.consent.api.ConsentValues.as;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.consent.ConsentRecord;
import org.safeshare.consent.ConsentVersion;
import org.safeshare.consent.RecordedWithdrawal;
import org.safeshare.consent.api.ConsentValues.Answer;
import org.safeshare.consent.api.ConsentValues.Basis;
import org.safeshare.consent.api.ConsentValues.Kind;
import org.safeshare.consent.api.ConsentValues.Method;
import org.safeshare.consent.api.ConsentValues.Purpose;
import org.safeshare.consent.api.ConsentValues.RecipientType;
import org.safeshare.consent.domain.ConsentAnswer;
import org.safeshare.consent.domain.ConsentMethod;
import org.safeshare.consent.domain.ConsentScope;
import org.safeshare.consent.domain.ConsentTerms;
import org.safeshare.consent.domain.Giver;
import org.safeshare.consent.domain.InformedElements;
import org.safeshare.consent.domain.Withdrawal;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.organisations.OrganisationType;
import org.safeshare.people.domain.ParentalResponsibilityBasis;

/**
 * Consent records as the public API spells them: their own records with plain values (ids as UUIDs, the API's own
 * enumerations, {@link ConsentValues}), apart from the domain types and from the JSON the terms are stored as, so that
 * renaming a domain field or value never renames a field of the API (ADR 0013, ADR 0022). The names here are the contract.
 */
final class ConsentBodies {

    private ConsentBodies() {}

    @Schema(name = "ConsentTerms")
    record Terms(Answer answer, GivenBy giver, Told told, Scope scope, Method method, String evidence, LocalDate givenOn,
            LocalDate expiresOn, String childViews) {

        static Terms of(ConsentTerms t) {
            Giver g = t.giver();
            InformedElements i = t.told();
            ConsentScope s = t.scope();
            return new Terms(as(Answer.class, t.answer()),
                    g == null ? null : new GivenBy(kind(g.kind()), g.personId(), g.name(), as(Basis.class, g.basis())),
                    i == null ? null : new Told(i.whatWillHappen(), i.whoWillBeTold(), i.whoTheyMayTell(), i.why()),
                    s == null ? null : new Scope(all(Purpose.class, s.purposes()), s.recipientOrganisations(),
                            all(RecipientType.class, s.recipientTypes()), s.informationCategories()),
                    as(Method.class, t.method()), t.evidence(), t.givenOn(), t.expiresOn(), t.childViews());
        }

        ConsentTerms terms() {
            return new ConsentTerms(as(ConsentAnswer.class, answer), giver == null ? null : new Giver(as(ConsentGiver.class, giver.kind()),
                    giver.personId(), giver.name(), as(ParentalResponsibilityBasis.class, giver.basis())),
                    told == null ? null : new InformedElements(told.whatWillHappen(), told.whoWillBeTold(), told.whoTheyMayTell(), told.why()),
                    scope == null ? null : new ConsentScope(all(PurposeCategory.class, scope.purposes()), scope.recipientOrganisations(),
                            all(OrganisationType.class, scope.recipientTypes()), scope.informationCategories()),
                    as(ConsentMethod.class, method), evidence, givenOn, expiresOn, childViews);
        }

        private static Kind kind(ConsentGiver kind) {
            // No consent record is kept with "someone else" as its giver (ConsentRecordRules refuses it).
            return kind == null || kind == ConsentGiver.OTHER ? null : as(Kind.class, kind);
        }
    }

    /** Who gave or refused consent. */
    @Schema(name = "ConsentGiver")
    record GivenBy(Kind kind, UUID personId, String name, Basis basis) {}

    @Schema(name = "InformedElements")
    record Told(String whatWillHappen, String whoWillBeTold, String whoTheyMayTell, String why) {}

    @Schema(name = "ConsentScope")
    record Scope(Set<Purpose> purposes, Set<UUID> recipientOrganisations, Set<RecipientType> recipientTypes,
            Set<String> informationCategories) {}

    @Schema(name = "Withdrawal")
    record Withdrawn(LocalDate withdrawnOn, String withdrawnBy, Set<Purpose> purposes, Set<UUID> recipientOrganisations, String note) {

        static Withdrawn of(Withdrawal w) {
            return new Withdrawn(w.withdrawnOn(), w.withdrawnBy(), all(Purpose.class, w.purposes()), w.recipientOrganisations(), w.note());
        }

        Withdrawal withdrawal() {
            return new Withdrawal(withdrawnOn, withdrawnBy, all(PurposeCategory.class, purposes), recipientOrganisations, note);
        }
    }

    /** A consent record; its id and the person's id are plain UUIDs (before 2 December 2026 the person's was an object). */
    @Schema(name = "ConsentRecord")
    record Record(UUID id, UUID organisationId, @Schema(description = "The person's id, a UUID") UUID personId, List<Version> versions,
            Optional<RecordedWithdrawn> withdrawal) {

        static Record of(ConsentRecord r) {
            return new Record(r.id().value(), r.organisationId(), r.personId().value(), r.versions().stream().map(Version::of).toList(),
                    r.withdrawal().map(RecordedWithdrawn::of));
        }
    }

    @Schema(name = "ConsentVersion")
    record Version(int version, Instant recordedAt, String recordedBy, String correctionReason, Terms terms) {

        static Version of(ConsentVersion v) {
            return new Version(v.version(), v.recordedAt(), v.recordedBy(), v.correctionReason(), v.terms() == null ? null : Terms.of(v.terms()));
        }
    }

    @Schema(name = "RecordedWithdrawal")
    record RecordedWithdrawn(Withdrawn withdrawal, Instant recordedAt, String recordedBy) {

        static RecordedWithdrawn of(RecordedWithdrawal w) {
            return new RecordedWithdrawn(Withdrawn.of(w.withdrawal()), w.recordedAt(), w.recordedBy());
        }
    }
}
