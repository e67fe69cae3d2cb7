package org.safeshare.consent.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.consent.ConsentId;
import org.safeshare.consent.ConsentRecord;
import org.safeshare.consent.ConsentVersion;
import org.safeshare.consent.RecordedWithdrawal;
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
import org.safeshare.people.PersonId;
import org.safeshare.people.domain.ParentalResponsibilityBasis;

/**
 * Consent records as the public API spells them: their own records, apart from the domain types (and from the JSON the
 * terms are stored as), so that renaming a domain field never renames a field of the API (ADR 0013). The names here
 * are the contract. The kind of giver is the API's own list: the shared vocabulary also has "someone else", which a
 * consent record never names.
 */
final class ConsentBodies {

    private ConsentBodies() {}

    @Schema(name = "ConsentTerms")
    record Terms(ConsentAnswer answer, GivenBy giver, Told told, Scope scope, ConsentMethod method, String evidence, LocalDate givenOn,
            LocalDate expiresOn, String childViews) {

        static Terms of(ConsentTerms t) {
            Giver g = t.giver();
            InformedElements i = t.told();
            ConsentScope s = t.scope();
            return new Terms(t.answer(), g == null ? null : new GivenBy(kind(g.kind()), g.personId(), g.name(), g.basis()),
                    i == null ? null : new Told(i.whatWillHappen(), i.whoWillBeTold(), i.whoTheyMayTell(), i.why()),
                    s == null ? null : new Scope(s.purposes(), s.recipientOrganisations(), s.recipientTypes(), s.informationCategories()),
                    t.method(), t.evidence(), t.givenOn(), t.expiresOn(), t.childViews());
        }

        ConsentTerms terms() {
            return new ConsentTerms(answer, giver == null ? null : new Giver(giver.kind() == null ? null
                    : ConsentGiver.valueOf(giver.kind().name()), giver.personId(), giver.name(), giver.basis()),
                    told == null ? null : new InformedElements(told.whatWillHappen(), told.whoWillBeTold(), told.whoTheyMayTell(), told.why()),
                    scope == null ? null : new ConsentScope(scope.purposes(), scope.recipientOrganisations(), scope.recipientTypes(),
                            scope.informationCategories()),
                    method, evidence, givenOn, expiresOn, childViews);
        }

        private static Kind kind(ConsentGiver kind) {
            // No consent record is kept with "someone else" as its giver (ConsentRecordRules refuses it).
            return kind == null || kind == ConsentGiver.OTHER ? null : Kind.valueOf(kind.name());
        }
    }

    /** Who gave or refused consent. */
    @Schema(name = "ConsentGiver")
    record GivenBy(Kind kind, UUID personId, String name, ParentalResponsibilityBasis basis) {}

    enum Kind { SUBJECT, PERSON_WITH_PARENTAL_RESPONSIBILITY, ATTORNEY, COURT_OF_PROTECTION_DEPUTY }

    @Schema(name = "InformedElements")
    record Told(String whatWillHappen, String whoWillBeTold, String whoTheyMayTell, String why) {}

    @Schema(name = "ConsentScope")
    record Scope(Set<PurposeCategory> purposes, Set<UUID> recipientOrganisations, Set<OrganisationType> recipientTypes,
            Set<String> informationCategories) {}

    @Schema(name = "Withdrawal")
    record Withdrawn(LocalDate withdrawnOn, String withdrawnBy, Set<PurposeCategory> purposes, Set<UUID> recipientOrganisations,
            String note) {

        static Withdrawn of(Withdrawal w) {
            return new Withdrawn(w.withdrawnOn(), w.withdrawnBy(), w.purposes(), w.recipientOrganisations(), w.note());
        }

        Withdrawal withdrawal() {
            return new Withdrawal(withdrawnOn, withdrawnBy, purposes, recipientOrganisations, note);
        }
    }

    @Schema(name = "ConsentRecord")
    record Record(ConsentId id, UUID organisationId, PersonId personId, List<Version> versions, Optional<RecordedWithdrawn> withdrawal) {

        static Record of(ConsentRecord r) {
            return new Record(r.id(), r.organisationId(), r.personId(), r.versions().stream().map(Version::of).toList(),
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
