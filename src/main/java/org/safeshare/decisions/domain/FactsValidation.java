package org.safeshare.decisions.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.safeshare.decisions.SharingFacts.Consent;
import org.safeshare.decisions.SharingFacts.Information;
import org.safeshare.decisions.SharingFacts.Subject;
import org.safeshare.decisions.SharingFacts.SubjectKind;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;

/**
 * Missing and contradictory facts, each named by its API field path. A recommendation built on contradictory
 * facts could send a practitioner the wrong way, so the engine refuses them rather than guessing.
 */
final class FactsValidation {

    private static final int OLDEST_AGE = 130;

    private FactsValidation() {}

    static Map<String, String> problemsWith(SharingFacts facts) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (facts == null) {
            problems.put("facts", "Answer the questions about the sharing decision");
            return problems;
        }
        requireParts(facts, problems);
        if (facts.subject() != null && facts.subject().kind() != null) {
            checkSubject(facts.subject(), problems);
            if (facts.consent() != null && facts.consent().status() != null) {
                checkConsent(facts.subject(), facts.consent(), problems);
            }
        }
        if (facts.information() != null) {
            checkInformation(facts.information(), problems);
        }
        if (facts.sharer() != null && facts.sharer().lawEnforcement() && !facts.sharer().actsAsPublicAuthority()) {
            problems.put("sharer.publicAuthority", "A police force sharing for law enforcement is a public authority");
        }
        return problems;
    }

    private static void requireParts(SharingFacts facts, Map<String, String> problems) {
        require(problems, "subject", facts.subject(), "Say whom the information is about");
        if (facts.subject() != null) {
            require(problems, "subject.kind", facts.subject().kind(), "Say whether the information is about a child, an unborn baby or an adult");
        }
        require(problems, "purpose", facts.purpose(), "Say why the information would be shared");
        if (facts.purpose() != null) {
            require(problems, "purpose.category", facts.purpose().category(), "Say why the information would be shared");
            require(problems, "purpose.legitimate", facts.purpose().legitimate(), "Say whether the purpose is clear and legitimate, or that you are unsure");
        }
        // Missing information must not read as "not identifying", which the flowchart would answer with "share".
        require(problems, "information", facts.information(), "Say what kind of information it is, including whether it identifies anyone");
        require(problems, "consent", facts.consent(), "Say where consent stands");
        if (facts.consent() != null) {
            require(problems, "consent.status", facts.consent().status(), "Say where consent stands");
        }
        require(problems, "risk", facts.risk(), "Say how at risk the person is");
        if (facts.risk() != null) {
            require(problems, "risk.level", facts.risk().level(), "Say how at risk the person is");
        }
    }

    private static void require(Map<String, String> problems, String field, Object value, String message) {
        if (value == null) {
            problems.put(field, message);
        }
    }

    private static void checkSubject(Subject subject, Map<String, String> problems) {
        Integer age = subject.ageYears();
        SubjectKind kind = subject.kind();
        if (kind == SubjectKind.UNBORN && age != null) {
            problems.put("subject.ageYears", "An unborn baby has no age in years: leave the age empty");
        } else if (age != null && age < 0) {
            problems.put("subject.ageYears", "Age cannot be less than 0");
        } else if (age != null && age > OLDEST_AGE) {
            problems.put("subject.ageYears", "Enter an age of " + OLDEST_AGE + " or under");
        } else if (kind == SubjectKind.CHILD && age != null && age >= 18) {
            problems.put("subject.ageYears", "A child is under 18: record someone aged 18 or over as an adult");
        } else if (kind == SubjectKind.ADULT && age != null && age < 18) {
            problems.put("subject.ageYears", "An adult is 18 or over: record someone under 18 as a child");
        }
        if (kind != SubjectKind.ADULT && subject.adultAtRisk()) {
            problems.put("subject.adultAtRisk", "Only someone aged 18 or over can be an adult at risk: a child is safeguarded as a child");
        }
    }

    private static void checkConsent(Subject subject, Consent consent, Map<String, String> problems) {
        ConsentStatus status = consent.status();
        ConsentGiver givenBy = consent.givenBy();
        boolean nobodyAsked = status == ConsentStatus.NOT_SOUGHT || status == ConsentStatus.CANNOT_BE_GIVEN;
        if (nobodyAsked && givenBy != null) {
            problems.put("consent.givenBy", status == ConsentStatus.NOT_SOUGHT
                    ? "Consent has not been sought, so no one has given it: leave who gave consent empty"
                    : "Consent cannot be given, so no one has given it: leave who gave consent empty");
        } else if (status == ConsentStatus.GIVEN && givenBy == null) {
            problems.put("consent.givenBy", "Say who gave consent");
        } else if (givenBy == ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY && subject.kind() == SubjectKind.ADULT) {
            problems.put("consent.givenBy", "A parent cannot consent for an adult: the adult decides, or an attorney or deputy if they lack capacity");
        } else if (givenBy == ConsentGiver.SUBJECT && subject.kind() == SubjectKind.UNBORN) {
            problems.put("consent.givenBy", "An unborn baby cannot consent: consent comes from the mother or another parent with parental responsibility");
        }
        if (consent.subjectCompetent() && subject.kind() == SubjectKind.UNBORN) {
            problems.put("consent.subjectCompetent", "An unborn baby cannot be competent to consent");
        }
    }

    /** Special category and criminal offence data are kinds of personal data, so they identify someone (UK GDPR Art 9, 10). */
    private static void checkInformation(Information information, Map<String, String> problems) {
        if (information.identifiesIndividual()) {
            return;
        }
        if (information.specialCategory()) {
            problems.put("information.specialCategory", "Special category data is about someone who can be identified: say that the information identifies them");
        }
        if (information.criminalOffence()) {
            problems.put("information.criminalOffence", "Criminal offence data is about someone who can be identified: say that the information identifies them");
        }
    }
}
