package org.safeshare.consent.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeshare.consent.domain.WhoMayConsent.Who;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;

/**
 * What a consent record must hold before it is saved: someone who may consent for every purpose it
 * covers, the four things the person was told (seed 003), a specific scope, and coherent dates.
 * Keys are field names; the messages are the GOV.UK error messages.
 */
public final class ConsentRecordRules {

    static final int LONGEST_TEXT = 4000;
    /** Consent is specific (UK GDPR Article 4(11)): a scope naming more than this is not specific, and no form offers it. */
    static final int MOST_IN_SCOPE = 50;
    /** Consent given before records of it could exist here is a typing mistake. */
    static final LocalDate EARLIEST_GIVEN = LocalDate.of(1990, 1, 1);
    /**
     * The longest a consent may run before it expires: three years from the day it was given. The partnership default is
     * twelve months; consent must be informed and specific (UK GDPR Article 4(11)) and a family's circumstances and the
     * services involved change, so HM Government information sharing advice expects it to be reviewed. Three years lets a
     * partnership set a longer default for stable arrangements, and stops a typing slip (14 years for 1) being saved.
     */
    static final int LONGEST_YEARS = 3;

    private ConsentRecordRules() {}

    public static Map<String, String> problemsWith(ConsentTerms t, Subject subject, List<CapacityAssessment> assessments, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (t.answer() == null) {
            problems.put("answer", "Select whether consent was given or refused");
        }
        giverProblem(t, subject, assessments).ifPresent(p -> problems.put("giver", p));
        told(t.told(), problems);
        scope(t.scope(), problems);
        if (t.method() == null) {
            problems.put("method", "Select how consent was given or refused");
        } else if (t.method() == ConsentMethod.VERBAL && blank(t.evidence())) {
            problems.put("evidence", "Enter a note of the conversation: verbal consent needs a record of what was said");
        }
        dates(t, today, problems);
        parentalConsentEndsAtEighteen(t, subject, problems);
        tooLong("evidence", t.evidence(), problems);
        tooLong("childViews", t.childViews(), problems);
        return problems;
    }

    private static java.util.Optional<String> giverProblem(ConsentTerms t, Subject subject, List<CapacityAssessment> assessments) {
        Giver giver = t.giver();
        // "Someone else" is a word of the decision engine's facts; a consent record names who gave it.
        if (giver == null || giver.kind() == null || giver.kind() == ConsentGiver.OTHER) {
            return java.util.Optional.of("Select who gave or refused consent");
        }
        if (giver.kind() != ConsentGiver.SUBJECT && blank(giver.name())) {
            return java.util.Optional.of("Enter the name of the person who gave or refused consent");
        }
        if (giver.kind() == ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY
                && (giver.personId() == null || subject.holder(giver.personId()).isEmpty())) {
            return java.util.Optional.of(subject.adult()
                    ? "Parental responsibility ends at 18: " + subject.name() + " decides, or an attorney or deputy if they lack capacity"
                    : giver.name() + " does not hold parental responsibility for " + subject.name()
                    + ". Consent must come from a parent or other person with parental responsibility");
        }
        for (PurposeCategory purpose : t.scope() == null ? java.util.Set.<PurposeCategory>of() : t.scope().purposes()) {
            WhoMayConsent who = ConsentPositionRules.whoMayConsent(subject, assessments, purpose);
            if (!allowed(giver, who, subject)) {
                return java.util.Optional.of(refusalFor(giver, who, subject));
            }
        }
        return java.util.Optional.empty();
    }

    /** A parent may still record consent for a competent child: it is kept, but the child's own answer prevails. */
    private static boolean allowed(Giver giver, WhoMayConsent who, Subject subject) {
        boolean parentOfCompetentChild = who.who() == Who.THE_PERSON && !subject.adult()
                && giver.kind() == ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY;
        return who.entitles(giver, subject) || parentOfCompetentChild;
    }

    private static String refusalFor(Giver giver, WhoMayConsent who, Subject subject) {
        return switch (giver.kind()) {
            case SUBJECT -> who.reason() + ". Record consent from " + who.who().label().toLowerCase()
                    + (who.who() == Who.PERSON_WITH_PARENTAL_RESPONSIBILITY ? ", or record a Gillick competence assessment first" : "");
            case ATTORNEY, COURT_OF_PROTECTION_DEPUTY -> subject.adult()
                    ? subject.name() + " has not been assessed as lacking capacity for this decision, so they decide themselves"
                    : "An attorney or deputy cannot consent for a child: consent comes from " + who.who().label().toLowerCase();
            case PERSON_WITH_PARENTAL_RESPONSIBILITY, OTHER -> who.reason() + ". Consent comes from " + who.who().label().toLowerCase();
        };
    }

    private static void told(InformedElements told, Map<String, String> problems) {
        InformedElements t = told == null ? new InformedElements(null, null, null, null) : told;
        require("whatWillHappen", t.whatWillHappen(), "Enter what they were told will happen to the information", problems);
        require("whoWillBeTold", t.whoWillBeTold(), "Enter who they were told will be told what", problems);
        require("whoTheyMayTell", t.whoTheyMayTell(), "Enter who they were told those people may then tell", problems);
        require("why", t.why(), "Enter why they were told the information is being shared", problems);
    }

    private static void scope(ConsentScope scope, Map<String, String> problems) {
        ConsentScope s = scope == null ? new ConsentScope(null, null, null, null) : scope;
        if (s.purposes().isEmpty()) {
            problems.put("purposes", "Select at least one purpose the consent covers");
        }
        if (s.recipientOrganisations().isEmpty() && s.recipientTypes().isEmpty()) {
            problems.put("recipientOrganisations", "Select at least one organisation, or type of organisation, the consent covers");
        }
        if (s.informationCategories().isEmpty()) {
            problems.put("informationCategories", "Enter what information the consent covers");
        }
        atMost("recipientOrganisations", s.recipientOrganisations().size(), "organisations", problems);
        atMost("informationCategories", s.informationCategories().size(), "kinds of information", problems);
        s.informationCategories().forEach(category -> tooLong("informationCategories", category, problems));
    }

    private static void atMost(String field, int size, String what, Map<String, String> problems) {
        if (size > MOST_IN_SCOPE) {
            problems.putIfAbsent(field, "Name at most " + MOST_IN_SCOPE + " " + what + ": consent must be specific");
        }
    }

    private static void dates(ConsentTerms t, LocalDate today, Map<String, String> problems) {
        if (t.givenOn() == null) {
            problems.put("givenOn", "Enter the date consent was given or refused");
        } else if (t.givenOn().isAfter(today)) {
            problems.put("givenOn", "The date consent was given or refused must be today or in the past");
        } else if (t.givenOn().isBefore(EARLIEST_GIVEN)) {
            problems.put("givenOn", "The date consent was given or refused must be on or after 1 January 1990");
        } else if (t.expiresOn() != null && !t.expiresOn().isAfter(t.givenOn())) {
            problems.put("expiresOn", "The expiry date must be after the date consent was given");
        } else if (t.expiresOn() != null && t.expiresOn().isAfter(t.givenOn().plusYears(LONGEST_YEARS))) {
            problems.put("expiresOn", "Expiry date must be on or before " + Dates.words(t.givenOn().plusYears(LONGEST_YEARS))
                    + ": consent lasts at most " + LONGEST_YEARS + " years from the day it was given, then ask again");
        }
        if (t.answer() == ConsentAnswer.GIVEN && t.expiresOn() == null && !problems.containsKey("givenOn")) {
            problems.put("expiresOn", "Enter when consent expires");
        }
    }

    /**
     * The latest a consent given on {@code givenOn} may expire: three years on, or for a parent's consent the child's 18th
     * birthday if that comes first. A partnership's default expiry never runs past it.
     */
    public static LocalDate latestExpiry(LocalDate givenOn, Giver giver, Subject subject) {
        LocalDate latest = givenOn.plusYears(LONGEST_YEARS);
        boolean parental = giver != null && giver.kind() == ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY;
        return parental ? subject.eighteenthBirthday().filter(d -> d.isBefore(latest) && d.isAfter(givenOn)).orElse(latest) : latest;
    }

    /** A parent consents for a child only while they are a child: at 18 the young person decides for themselves. */
    private static void parentalConsentEndsAtEighteen(ConsentTerms t, Subject subject, Map<String, String> problems) {
        boolean parental = t.giver() != null && t.giver().kind() == ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY;
        java.util.Optional<LocalDate> eighteen = subject.eighteenthBirthday();
        if (parental && t.expiresOn() != null && eighteen.isPresent() && t.expiresOn().isAfter(eighteen.get())) {
            problems.putIfAbsent("expiresOn", "Expiry date must be on or before " + Dates.words(eighteen.get()) + ", " + subject.name()
                    + "'s 18th birthday: parental responsibility ends then, and they decide for themselves");
        }
    }

    private static void require(String field, String value, String message, Map<String, String> problems) {
        if (blank(value)) {
            problems.put(field, message);
        } else {
            tooLong(field, value, problems);
        }
    }

    /** Each field as its label reads on the page, so a message names what to shorten. */
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("whatWillHappen", "What will happen to the information"),
            Map.entry("whoWillBeTold", "Who will be told what"), Map.entry("whoTheyMayTell", "Who they may then tell"),
            Map.entry("why", "Why the information is being shared"), Map.entry("informationCategories", "Each line of the information it covers"),
            Map.entry("evidence", "Evidence"), Map.entry("childViews", "What the child thinks"), Map.entry("decision", "The decision assessed"),
            Map.entry("bestInterests", "Best interests"), Map.entry("reasons", "Reasons"));

    static void tooLong(String field, String value, Map<String, String> problems) {
        if (value != null && value.length() > LONGEST_TEXT) {
            problems.putIfAbsent(field, LABELS.getOrDefault(field, "The answer") + " must be "
                    + String.format(java.util.Locale.UK, "%,d", LONGEST_TEXT) + " characters or fewer");
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
