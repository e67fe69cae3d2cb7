package org.safeshare.decisions.domain;

import org.safeshare.decisions.SharingFacts.Consent;
import org.safeshare.decisions.SharingFacts.GuidanceVersion;
import org.safeshare.decisions.SharingFacts.Information;
import org.safeshare.decisions.SharingFacts.LegalRequirement;
import org.safeshare.decisions.SharingFacts.Legitimacy;
import org.safeshare.decisions.SharingFacts.Purpose;
import org.safeshare.decisions.SharingFacts.Recipient;
import org.safeshare.decisions.SharingFacts.Risk;
import org.safeshare.decisions.SharingFacts.RiskLevel;
import org.safeshare.decisions.SharingFacts.Sharer;
import org.safeshare.decisions.SharingFacts.Subject;
import org.safeshare.decisions.SharingFacts.SubjectKind;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;

/**
 * A short notation for facts in the scenario table, e.g. {@code "child:7 risk:significant increases-risk special"}.
 * Unless a word says otherwise: version unpinned (2024), a clear and legitimate safeguarding purpose, identifying and
 * confidential information, consent not sought, no risk, no legal requirement, a verified recipient with a
 * safeguarding role and a secure channel, not the police, a public authority not within the duty to share, no sharing
 * date (the law since 5 February 2026), no request, and no provision awaiting commencement in force. Commencement dates
 * are written {@code s16LA:2026-09-01} and read by {@link #commencements}.
 */
final class FactsNotation {

    private SubjectKind kind;
    private Integer age;
    private boolean adultAtRisk;
    private GuidanceVersion version;
    private PurposeCategory purpose = PurposeCategory.SAFEGUARDING;
    private Legitimacy legitimate = Legitimacy.YES;
    private boolean informationGiven = true;
    private boolean identifying = true;
    private boolean confidential = true;
    private boolean special;
    private boolean criminal;
    private boolean identitiesAtRisk;
    private ConsentStatus status = ConsentStatus.NOT_SOUGHT;
    private ConsentGiver givenBy;
    private boolean competent;
    private boolean increasesRisk;
    private boolean delay;
    private boolean prejudice;
    private RiskLevel risk = RiskLevel.NONE;
    private boolean seriousCrime;
    private boolean buildingPicture;
    private LegalRequirement legal = LegalRequirement.NONE;
    private boolean recipientGiven = true;
    private boolean role = true;
    private boolean verified = true;
    private boolean secure = true;
    private boolean police;
    private Boolean publicAuthority;
    private Boolean covered;
    private Boolean recipientCovered;
    private Boolean moreDetrimental;
    private Boolean nhsNumber;
    private java.time.LocalDate on;
    private SharingFacts.Request request;
    private final java.util.Map<org.safeshare.decisions.Provision, java.time.LocalDate> commenced =
            new java.util.EnumMap<>(org.safeshare.decisions.Provision.class);

    static SharingFacts parse(String notation) {
        return readAll(notation).build();
    }

    static org.safeshare.decisions.Commencements commencements(String notation) {
        return new org.safeshare.decisions.Commencements(readAll(notation).commenced);
    }

    private static FactsNotation readAll(String notation) {
        FactsNotation facts = new FactsNotation();
        for (String word : notation.trim().split("\\s+")) {
            facts.read(word);
        }
        return facts;
    }

    private void read(String word) {
        String[] parts = word.split(":", 2);
        String value = parts.length > 1 ? parts[1] : null;
        switch (parts[0]) {
            case "child", "unborn", "adult" -> subject(parts[0], value);
            case "at-risk" -> adultAtRisk = true;
            case "v2018" -> version = GuidanceVersion.V2018;
            case "v2024" -> version = GuidanceVersion.V2024;
            case "purpose" -> purpose = PurposeCategory.valueOf(value);
            case "legit" -> legitimate = Legitimacy.valueOf(value);
            case "no-information" -> informationGiven = false;
            case "anonymous" -> identifying = false;
            case "not-confidential" -> confidential = false;
            case "special" -> special = true;
            case "criminal" -> criminal = true;
            case "identities-at-risk" -> identitiesAtRisk = true;
            case "consent" -> status = ConsentStatus.valueOf(value);
            // The scenario table spells a person with parental responsibility as the API does.
            case "by" -> givenBy = "PARENT_WITH_PR".equals(value) ? ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY : ConsentGiver.valueOf(value);
            case "competent" -> competent = true;
            case "increases-risk" -> increasesRisk = true;
            case "delay" -> delay = true;
            case "prejudice" -> prejudice = true;
            case "risk" -> risk = riskLevel(value);
            case "serious-crime" -> seriousCrime = true;
            case "building-picture" -> buildingPicture = true;
            case "court-order" -> legal = LegalRequirement.COURT_ORDER;
            case "statutory-duty" -> legal = LegalRequirement.STATUTORY_DUTY;
            case "no-recipient" -> recipientGiven = false;
            case "no-role" -> role = false;
            case "unverified" -> verified = false;
            case "no-secure-channel" -> secure = false;
            case "police" -> police = true;
            case "not-public" -> publicAuthority = false;
            case "public" -> publicAuthority = true;
            case "covered" -> covered = true;
            case "recipient-covered" -> recipientCovered = true;
            case "more-detrimental" -> moreDetrimental = true;
            case "nhs" -> nhsNumber = true;
            case "on" -> on = java.time.LocalDate.parse(value);
            case "request" -> request = new SharingFacts.Request(true, value.equals("public-task"));
            case "s16LA", "s16LC" -> commenced.put(org.safeshare.decisions.Provision.ofCode(parts[0]).orElseThrow(),
                    java.time.LocalDate.parse(value));
            default -> throw new IllegalArgumentException("Unknown word in scenario facts: " + word);
        }
    }

    private void subject(String name, String value) {
        kind = SubjectKind.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        age = value == null ? null : Integer.valueOf(value);
    }

    private static RiskLevel riskLevel(String value) {
        return switch (value) {
            case "none" -> RiskLevel.NONE;
            case "cin" -> RiskLevel.CHILD_IN_NEED;
            case "significant" -> RiskLevel.SIGNIFICANT_HARM_SUSPECTED;
            case "immediate" -> RiskLevel.IMMEDIATE_DANGER;
            default -> RiskLevel.valueOf(value);
        };
    }

    private SharingFacts build() {
        boolean sharerGiven = police || publicAuthority != null || covered != null;
        return new SharingFacts(version, new Subject(kind, age, adultAtRisk, nhsNumber), new Purpose(purpose, legitimate),
                informationGiven ? new Information(identifying, confidential, special, criminal, identitiesAtRisk) : null,
                new Consent(status, givenBy, competent, increasesRisk, delay, prejudice),
                new Risk(risk, seriousCrime, buildingPicture, moreDetrimental), legal,
                recipientGiven ? new Recipient(role, verified, secure, recipientCovered) : null,
                sharerGiven ? new Sharer(police, publicAuthority, covered) : null, on, request);
    }
}
