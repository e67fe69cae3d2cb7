package org.safeshare.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.safeshare.consent.domain.ConsentAnswer;
import org.safeshare.consent.domain.ConsentMethod;
import org.safeshare.consent.domain.ConsentScope;
import org.safeshare.consent.domain.ConsentTerms;
import org.safeshare.consent.domain.Giver;
import org.safeshare.consent.domain.InformedElements;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The demo health visiting family (Isla Brown, 1, and her mother Kate) and a consent to share with early help. */
record HealthVisitingFamily(JdbcClient jdbc) {

    static final String HEALTH_VISITOR = "health.visitor@riverside-health.example";
    static final String EARLY_HELP = "early.help@riverside-early-help.example";

    PersonId person(String given) {
        return new PersonId(jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Riverside Health Visiting Service' and p.given_name = ? and p.family_name = 'Brown'")
                .param(given).query(UUID.class).single());
    }

    UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single();
    }

    ConsentTerms mothersConsent(LocalDate givenOn, LocalDate expiresOn) {
        return consentBy(new Giver(ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY, person("Kate").value(), null, null),
                givenOn, expiresOn);
    }

    ConsentTerms consentBy(Giver giver, LocalDate givenOn, LocalDate expiresOn) {
        return new ConsentTerms(ConsentAnswer.GIVEN, giver,
                new InformedElements("Kept on Isla's early help record", "The early help family worker will be told about feeding and sleep",
                        "No one else without asking Kate first", "So the family can get early help with Isla's feeding"),
                new ConsentScope(Set.of(PurposeCategory.EARLY_HELP), Set.of(organisation("Riverside Early Help")), Set.of(),
                        Set.of("Health visiting notes")), ConsentMethod.WRITTEN, "Signed form scanned to the health visiting record",
                givenOn, expiresOn, null);
    }

    /** Facts of sharing with early help, on the mother's consent, as the API spells them. */
    static final String EARLY_HELP_FACTS = """
            {"guidanceVersion": "2024",
             "subject": {"kind": "CHILD", "ageYears": 1, "adultAtRisk": false},
             "purpose": {"category": "EARLY_HELP", "legitimate": "YES"},
             "information": {"identifiesIndividual": true, "confidential": true, "specialCategory": true,
                             "criminalOffence": false, "identitiesAtRisk": false},
             "consent": {"status": "GIVEN", "givenBy": "PARENT_WITH_PR", "subjectCompetent": false, "seekingWouldIncreaseRisk": false,
                         "seekingWouldCauseHarmfulDelay": false, "seekingWouldPrejudiceInvestigation": false},
             "risk": {"level": "CHILD_IN_NEED", "seriousCrime": false, "buildingPicture": false},
             "legalRequirement": "NONE",
             "recipient": {"hasRoleInSafeguarding": true, "identityVerified": true, "secureChannelAvailable": true}}""";

    /** The same facts as the domain holds them: the domain's word for the API's PARENT_WITH_PR is its own (ADR 0013). */
    static SharingFacts earlyHelpFacts(JsonMapper json) {
        return json.readValue(EARLY_HELP_FACTS.replace("PARENT_WITH_PR", "PERSON_WITH_PARENTAL_RESPONSIBILITY"), SharingFacts.class);
    }

    DecisionTaken shareWithEarlyHelp(UUID consentRecord) {
        return new DecisionTaken(DecisionTaken.Choice.SHARE, "Mother agreed to early help for feeding difficulties", null, "Early help referral",
                organisation("Riverside Early Help"), "Family worker",
                List.of(new DecisionTaken.InformationItem("Health", "Feeding difficulties since October", DecisionTaken.FactOrOpinion.FACT, null)),
                DecisionTaken.SharingMethod.SECURE_EMAIL, null, DecisionTaken.SubjectInformed.INFORMED, null, null, null, null, consentRecord);
    }
}
