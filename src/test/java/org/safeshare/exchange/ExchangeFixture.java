package org.safeshare.exchange;

import org.safeshare.decisions.domain.vocabulary.ConsentStatus;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.exchange.domain.Urgency;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.people.setup.PeopleSetUp;
import org.safeshare.people.PersonId;
import org.safeshare.people.domain.PersonDraft;
import org.safeshare.people.domain.PersonKind;
import org.safeshare.people.domain.Sex;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.SignedIn;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo MASH asking the surgery, the police, the charity and Oakfield about a child it holds (issue 11's journey). */
final class ExchangeFixture {

    static final String MASH = "mash.officer@riverside-mash.example";
    static final String GP = "gp@brook-lane.example";
    static final String POLICE = "ppu.officer@riverside-police.example";
    static final String CHARITY = "worker@safe-harbour.example";
    static final String OAKFIELD_DSL = "dsl@oakfield-primary.example";
    /** Outsiders: a teacher at an addressed school who is neither its DSL nor named, a third organisation, another partnership. */
    static final List<String> OUTSIDERS = List.of("teacher@oakfield-primary.example", "dsl@riverside-academy.example",
            "dsl@hillford-primary.example", "social.worker@riverside-csc.example", "admin@oakfield-primary.example");

    private final JdbcClient jdbc;
    private final SignedIn signedIn;

    ExchangeFixture(JdbcClient jdbc, SignedIn signedIn) {
        this.jdbc = jdbc;
        this.signedIn = signedIn;
    }

    UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single();
    }

    /** Ava Thompson as the MASH records her after Oakfield's referral. */
    PersonId ava(PeopleSetUp setUp) {
        Actor mash = signedIn.actor(MASH);
        return setUp.ensurePerson(new OrganisationId(mash.organisationId()), mash.id(), new PersonDraft(PersonKind.CHILD, "Ava", "Thompson",
                LocalDate.of(2015, 3, 27), null, Sex.FEMALE, "9990000018", null, List.of(), "12 Willow Road", null, "Riverside", "RV1 2AB"));
    }

    NewInformationRequest request(PersonId person) {
        return new NewInformationRequest(person.value(), PurposeCategory.SAFEGUARDING,
                "Strategy discussion under Children Act 1989 section 47: bruising reported by school",
                "UK GDPR Article 6(1)(e) and Article 9(2)(g); Children Act 1989 section 47", true, Urgency.RED,
                List.of("Is Ava known to your service?", "Any concerns about the household?"),
                List.of(new NewInformationRequest.Addressee(organisation("Brook Lane Surgery"), signedIn.actor(GP).id()),
                        new NewInformationRequest.Addressee(organisation("Riverside Police Public Protection Unit"), signedIn.actor(POLICE).id()),
                        new NewInformationRequest.Addressee(organisation("Safe Harbour Family Support"), signedIn.actor(CHARITY).id()),
                        new NewInformationRequest.Addressee(organisation("Oakfield Primary School"), null)));
    }

    static RequestResponse.Facts facts() {
        return new RequestResponse.Facts(SharingFacts.RiskLevel.SIGNIFICANT_HARM_SUSPECTED, false, false, false,
                ConsentStatus.NOT_SOUGHT, null, false, true, false, false, true, false, false, false, false, null, null);
    }

    static RequestResponse answer() {
        return new RequestResponse(RequestResponse.Choice.ANSWER,
                List.of(new AnswerItem(1, "Known to the service since 2024; two visits about lethargy", AnswerItem.Kind.FACT, "Support log"),
                        new AnswerItem(2, "Mother appeared anxious at the last visit", AnswerItem.Kind.OPINION, "Key worker")),
                "Significant harm is suspected and the MASH needs the picture now", null, facts(), DecisionTaken.SubjectInformed.NOT_INFORMED,
                "Telling the family could increase the risk to Ava during the enquiry", "Seeking consent could increase the risk", null, null,
                null, null);
    }

    static RequestResponse decline() {
        RequestResponse.Facts f = facts();
        RequestResponse.Facts moreDetrimental = new RequestResponse.Facts(f.riskLevel(), f.seriousCrime(), f.buildingPicture(), true,
                f.consentStatus(), null, false, true, false, true, true, false, true, false, false, null, null);
        String why = "Disclosing now would prejudice a live criminal investigation; the MASH may call the PPU duty sergeant";
        return new RequestResponse(RequestResponse.Choice.DECLINE, List.of(), why, why, moreDetrimental, null, null, null, true, why,
                null, null);
    }
}
