package org.safeshare.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.actions.subjects.SubjectKind;
import org.safeshare.decisions.DecisionChange;
import org.safeshare.decisions.DecisionId;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.Decisions;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.support.SignedIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Oakfield's teacher sets an action on a decision Oakfield recorded about Ava, for the health visitor: the setter's DSL
 * is Oakfield's, the owner's DSL the health visiting service's. Everyone else is an outsider.
 */
final class ActionFixture {

    static final String SETTER = "teacher@oakfield-primary.example";
    static final String SETTERS_DSL = "dsl@oakfield-primary.example";
    static final String OWNER = "health.visitor@riverside-health.example";
    static final String OWNERS_DSL = "safeguarding.lead@riverside-health.example";
    /** A third organisation's practitioner and DSL, another partnership's DSL, an administrator of the setter's organisation. */
    static final List<String> OUTSIDERS = List.of("gp@brook-lane.example", "dsl@riverside-academy.example", "dsl@hillford-primary.example",
            "admin@oakfield-primary.example", "partnership.admin@riverside-csc.example");

    private static final String FACTS = """
            {"guidanceVersion": "2024",
             "subject": {"kind": "CHILD", "ageYears": 11, "adultAtRisk": false},
             "purpose": {"category": "SAFEGUARDING", "legitimate": "YES"},
             "information": {"identifiesIndividual": true, "confidential": true, "specialCategory": true,
                             "criminalOffence": false, "identitiesAtRisk": false},
             "consent": {"status": "NOT_SOUGHT", "subjectCompetent": false, "seekingWouldIncreaseRisk": true,
                         "seekingWouldCauseHarmfulDelay": false, "seekingWouldPrejudiceInvestigation": false},
             "risk": {"level": "SIGNIFICANT_HARM_SUSPECTED", "seriousCrime": false, "buildingPicture": false},
             "legalRequirement": "NONE",
             "recipient": {"hasRoleInSafeguarding": true, "identityVerified": true, "secureChannelAvailable": true}}""";

    private final JdbcClient jdbc;
    private final SignedIn signedIn;

    ActionFixture(JdbcClient jdbc, SignedIn signedIn) {
        this.jdbc = jdbc;
        this.signedIn = signedIn;
    }

    DecisionId decision(Decisions decisions, People people, JsonMapper json) {
        String ava = jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'").query(String.class).single();
        UUID mash = organisation("Riverside MASH");
        DecisionTaken decision = new DecisionTaken(DecisionTaken.Choice.SHARE, "Bruising", null, "Referral", mash, "Duty social worker",
                List.of(new DecisionTaken.InformationItem("Injury", "Bruises", DecisionTaken.FactOrOpinion.FACT, null)),
                DecisionTaken.SharingMethod.SECURE_PORTAL, null, DecisionTaken.SubjectInformed.WILL_INFORM, null, "Risk", null, null);
        var dsl = signedIn.actor(SETTERS_DSL);
        DecisionChange change = decisions.record(dsl, Optional.of(people.visible(dsl, PersonId.parse(ava).orElseThrow())),
                json.readValue(FACTS, SharingFacts.class), decision);
        return ((DecisionChange.Recorded) change).id();
    }

    UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single();
    }

    OwnerRef healthVisitor() {
        return new OwnerRef(OwnerRef.Kind.USER, organisation("Riverside Health Visiting Service"), signedIn.actor(OWNER).id());
    }

    NewAction forHealthVisitor(DecisionId decision, LocalDate dueOn) {
        return new NewAction(SubjectKind.DECISION, decision.value(), healthVisitor(), "Visit the family and check on the baby",
                "A home visit is recorded and any concern referred to the MASH", dueOn);
    }
}
