package org.safeshare.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeshare.consent.domain.CapacityAssessment;
import org.safeshare.consent.domain.CapacityRoute;
import org.safeshare.consent.domain.Giver;
import org.safeshare.consent.domain.Withdrawal;
import org.safeshare.decisions.ConsentRegister;
import org.safeshare.decisions.DecisionChange;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.Decisions;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The consent module against PostgreSQL: the "done when", the refusals, and who may see what. */
@SafeshareTest
class ConsentModuleTest {

    @Autowired Consents consents;
    @Autowired ConsentWithdrawals withdrawals;
    @Autowired ConsentPositions positions;
    @Autowired ConsentNotices notices;
    @Autowired Capacity capacity;
    @Autowired Decisions decisions;
    @Autowired People people;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    private HealthVisitingFamily family() {
        return new HealthVisitingFamily(jdbc);
    }

    @Test
    void consentWithdrawnBlocksFurtherConsentBasedSharingAndTheRecipientIsTold() {
        HealthVisitingFamily family = family();
        Actor nadia = signedIn.actor(HealthVisitingFamily.HEALTH_VISITOR);
        PersonId isla = family.person("Isla");
        LocalDate today = consents.today();
        ConsentId id = ((ConsentChange.Recorded) consents.record(nadia, people.visible(nadia, isla), family.mothersConsent(today, null))).id();
        ConsentRecord record = consents.view(nadia, id);
        assertThat(record.current().terms().expiresOn()).as("partnership default").isEqualTo(today.plusMonths(12));
        assertThat(record.current().terms().giver().name()).isEqualTo("Kate Brown");

        Optional<OrganisationId> earlyHelp = Optional.of(new OrganisationId(family.organisation("Riverside Early Help")));
        ConsentRegister.RegisteredConsent registered = positions.positionFor(nadia, people.visible(nadia, isla), PurposeCategory.EARLY_HELP, earlyHelp).orElseThrow();
        assertThat(registered.status()).isEqualTo(ConsentStatus.GIVEN);
        assertThat(registered.givenBy()).isEqualTo(ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY);
        assertThat(registered.summary()).contains("Kate Brown").contains("expires");

        DecisionChange shared = decisions.record(nadia, Optional.of(people.visible(nadia, isla)), HealthVisitingFamily.earlyHelpFacts(json),
                family.shareWithEarlyHelp(registered.consentRecordId()));
        assertThat(shared).isInstanceOf(DecisionChange.Recorded.class);

        Withdrawal withdrawal = new Withdrawal(today, "Kate Brown", null, null, "Kate phoned to say she no longer agrees");
        assertThat(withdrawals.withdraw(nadia, id, withdrawal)).isInstanceOf(ConsentChange.Recorded.class);
        assertThat(positions.position(nadia, people.visible(nadia, isla), PurposeCategory.EARLY_HELP, earlyHelp).status())
                .isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(notices.withdrawalsReceived(signedIn.actor(HealthVisitingFamily.EARLY_HELP)))
                .anySatisfy(n -> assertThat(n.consentId()).isEqualTo(id))
                .filteredOn(n -> n.consentId().equals(id)).allSatisfy(n -> {
                    assertThat(n.personName()).isEqualTo("Isla Brown");
                    assertThat(n.senderOrganisation()).isEqualTo("Riverside Health Visiting Service");
                });
        // Named when read, from Isla's record; the notice keeps no copy of her name (ADR 0012).
        assertThat(jdbc.sql("select person_name from consent_withdrawal_notice where consent_id = ?").param(id.value())
                .query(String.class).list()).isNotEmpty().containsOnlyNulls();
        assertThat(notices.recentlyWithdrawn(nadia)).extracting(ConsentRecord::id).contains(id);

        assertThat(((ConsentChange.Refused) withdrawals.withdraw(nadia, id, withdrawal)).problems().get("withdrawnOn"))
                .startsWith("This consent was already withdrawn on");
        assertThat(((ConsentChange.Refused) consents.correct(nadia, id, family.mothersConsent(today, null), "Typo in the notes"))
                .problems().get("correctionReason")).contains("A withdrawn consent is not corrected");
    }

    @Test
    void aDecisionThatReliesOnAConsentIsRecordedAsSuchWhenItIsWritten() {
        HealthVisitingFamily family = family();
        Actor nadia = signedIn.actor(HealthVisitingFamily.HEALTH_VISITOR);
        PersonId isla = family.person("Isla");
        ConsentId id = ((ConsentChange.Recorded) consents.record(nadia, people.visible(nadia, isla), family.mothersConsent(consents.today(), null))).id();
        var decision = ((DecisionChange.Recorded) decisions.record(nadia, Optional.of(people.visible(nadia, isla)), HealthVisitingFamily.earlyHelpFacts(json),
                family.shareWithEarlyHelp(id.value()))).id();
        // In consent's own records, so that a withdrawal finds it without asking the decisions module (ADR 0012).
        assertThat(jdbc.sql("select consent_id from consent_reliance where decision_id = ?").param(decision.value())
                .query(java.util.UUID.class).list()).containsExactly(id.value());
    }

    @Test
    void recordingOpeningAndWithdrawingAConsentAreEachAuditedInTheSameTransaction() {
        HealthVisitingFamily family = family();
        Actor nadia = signedIn.actor(HealthVisitingFamily.HEALTH_VISITOR);
        PersonId isla = family.person("Isla");
        ConsentId id = ((ConsentChange.Recorded) consents.record(nadia, people.visible(nadia, isla), family.mothersConsent(consents.today(), null))).id();
        consents.open(nadia, id);
        withdrawals.withdraw(nadia, id, new Withdrawal(consents.today(), "Kate Brown", null, null, null));
        java.util.List<String> actions = jdbc.sql("select action from audit_event where touched like ? order by id")
                .param("%" + id.value() + "%").query(String.class).list();
        assertThat(actions).containsExactly("CONSENT_RECORDED", "CONSENT_VIEWED", "CONSENT_WITHDRAWN");
    }

    @Test
    void aDecisionCannotRelyOnConsentForARecipientTheConsentDoesNotCover() {
        HealthVisitingFamily family = family();
        Actor nadia = signedIn.actor(HealthVisitingFamily.HEALTH_VISITOR);
        PersonId isla = family.person("Isla");
        ConsentId id = ((ConsentChange.Recorded) consents.record(nadia, people.visible(nadia, isla), family.mothersConsent(consents.today(), null))).id();
        DecisionTaken toEarlyHelp = family.shareWithEarlyHelp(id.value());
        DecisionTaken toPolice = new DecisionTaken(toEarlyHelp.choice(), toEarlyHelp.reasons(), null, toEarlyHelp.purpose(),
                family.organisation("Riverside Police Public Protection Unit"), "Duty officer", toEarlyHelp.information(),
                toEarlyHelp.method(), null, toEarlyHelp.subjectInformed(), null, null, null, null, id.value());
        DecisionChange refused = decisions.record(nadia, Optional.of(people.visible(nadia, isla)), HealthVisitingFamily.earlyHelpFacts(json), toPolice);
        assertThat(refused).isInstanceOfSatisfying(DecisionChange.Refused.class,
                r -> assertThat(r.problems().get("recipientOrganisationId")).contains("does not cover sharing with this organisation"));
        assertThat(decisions.record(nadia, Optional.of(people.visible(nadia, isla)), HealthVisitingFamily.earlyHelpFacts(json), toEarlyHelp))
                .isInstanceOf(DecisionChange.Recorded.class);
        withdrawals.withdraw(nadia, id, new Withdrawal(consents.today(), "Kate Brown", null, null, null));
    }

    @Test
    void badConsentIsRefusedWithASpecificMessageAndNothingIsSaved() {
        HealthVisitingFamily family = family();
        Actor nadia = signedIn.actor(HealthVisitingFamily.HEALTH_VISITOR);
        PersonId isla = family.person("Isla");
        LocalDate today = consents.today();
        int before = consents.forPerson(nadia, people.visible(nadia, isla)).size();

        Giver stranger = new Giver(ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY, java.util.UUID.randomUUID(), "Lee", null);
        assertThat(((ConsentChange.Refused) consents.record(nadia, people.visible(nadia, isla), family.consentBy(stranger, today, null))).problems().get("giver"))
                .contains("does not hold parental responsibility for Isla Brown");
        assertThat(((ConsentChange.Refused) consents.record(nadia, people.visible(nadia, isla), family.mothersConsent(today, today.minusDays(1)))).problems())
                .containsEntry("expiresOn", "The expiry date must be after the date consent was given");
        Giver isla1 = new Giver(ConsentGiver.SUBJECT, null, null, null);
        assertThat(((ConsentChange.Refused) consents.record(nadia, people.visible(nadia, isla), family.consentBy(isla1, today, null))).problems().get("giver"))
                .contains("under 16");
        CapacityAssessment wrongRoute = new CapacityAssessment(null, CapacityRoute.MENTAL_CAPACITY_ACT, PurposeCategory.EARLY_HELP,
                "Sharing with early help", today, java.util.Set.of(), "n/a", null);
        assertThat(((CapacityChange.Refused) capacity.assess(nadia, people.visible(nadia, isla), wrongRoute)).problems().get("route")).contains("under 16");

        assertThat(consents.forPerson(nadia, people.visible(nadia, isla))).hasSize(before);
        assertThat(capacity.assessments(nadia, people.visible(nadia, isla))).isEmpty();
    }

    @Test
    void anotherOrganisationCannotReadConsentsItWasNotShown() {
        HealthVisitingFamily family = family();
        Actor nadia = signedIn.actor(HealthVisitingFamily.HEALTH_VISITOR);
        PersonId isla = family.person("Isla");
        ConsentId id = ((ConsentChange.Recorded) consents.record(nadia, people.visible(nadia, isla), family.mothersConsent(consents.today(), null))).id();
        for (String outsider : new String[] {HealthVisitingFamily.EARLY_HELP, "dsl@oakfield-primary.example", "dsl@hillford-primary.example",
                "auditor@riverside-csc.example"}) {
            Actor other = signedIn.actor(outsider);
            assertThatThrownBy(() -> consents.view(other, id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> consents.forPerson(other, people.visible(other, isla))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> positions.position(other, people.visible(other, isla), PurposeCategory.EARLY_HELP, Optional.empty()))
                    .isInstanceOf(NotFoundException.class);
            assertThat(positions.isRecordOf(other, people.visible(nadia, isla), id.value())).isFalse();
            // The proof of the health visitor's read does not travel to anyone else (ADR 0012).
            var nadiasRead = people.visible(nadia, isla);
            assertThatThrownBy(() -> consents.forPerson(other, nadiasRead)).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void consentRecordsAreNeverChangedOnlyCorrected() {
        HealthVisitingFamily family = family();
        Actor nadia = signedIn.actor(HealthVisitingFamily.HEALTH_VISITOR);
        PersonId isla = family.person("Isla");
        LocalDate today = consents.today();
        ConsentId id = ((ConsentChange.Recorded) consents.record(nadia, people.visible(nadia, isla), family.mothersConsent(today, null))).id();
        assertThat(consents.correct(nadia, id, family.mothersConsent(today, today.plusMonths(6)), "Kate asked for six months"))
                .isInstanceOf(ConsentChange.Recorded.class);
        ConsentRecord record = consents.view(nadia, id);
        assertThat(record.versions()).hasSize(2);
        assertThat(record.current().terms().expiresOn()).isEqualTo(today.plusMonths(6));
        assertThatThrownBy(() -> jdbc.sql("update consent_version set answer = 'REFUSED' where consent_id = ?").param(id.value()).update())
                .hasMessageContaining("never changed");
    }
}
