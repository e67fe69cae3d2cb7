package org.safeshare.decisions.web;

import static org.safeshare.decisions.web.Question.Kind.CHECKBOXES;
import static org.safeshare.decisions.web.Question.Kind.RADIOS;
import static org.safeshare.decisions.web.Question.Kind.WHOLE_NUMBER;

import java.util.List;
import java.util.Optional;
import org.safeshare.decisions.SharingFacts.SubjectKind;
import org.safeshare.decisions.web.Question.Option;

/**
 * The questions of "should I share?", in the order of the when-and-how-to-share flowchart (HM Government
 * information sharing advice, 2018), asking only what the answers so far make relevant.
 */
final class Questions {

    static final String PURPOSE = "purpose";
    static final String LEGITIMATE = "legitimate";
    static final String DANGER = "danger";
    static final String RISK = "risk";
    static final String KIND = "kind";
    static final String AGE = "age";
    static final String ADULT_AT_RISK = "adult-at-risk";
    static final String INFORMATION = "information";
    static final String CONSENT = "consent";
    static final String GIVEN_BY = "given-by";
    static final String COMPETENT = "competent";
    static final String SEEKING_CONSENT = "seeking-consent";
    static final String CRIME = "crime";
    static final String LEGAL = "legal";
    static final String RECIPIENT = "recipient";
    static final String REQUEST = "request";
    static final String RECIPIENT_COVERED = "recipient-covered";
    static final String MORE_DETRIMENTAL = "more-detrimental";
    static final String NONE = "NONE";

    private static final List<Option> YES_NO = List.of(Option.of("YES", "Yes"), Option.of("NO", "No"));

    static final List<Question> ALL = List.of(
            new Question(PURPOSE, RADIOS, d -> "Why are you thinking of sharing information?",
                    "Sharing needs a clear purpose (flowchart step 1).", List.of(
                    Option.of("SAFEGUARDING", "To keep a child or an adult at risk safe (safeguarding)"),
                    Option.of("EARLY_HELP", "To get early help for a child or family"),
                    Option.of("INDIVIDUAL_CARE", "For someone's individual health or social care"),
                    Option.of("CRIME_PREVENTION", "To prevent or detect a crime"),
                    Option.of("LEGAL_PROCEEDINGS", "For legal proceedings"),
                    Option.of("STATUTORY_DUTY", "Because a law requires my organisation to share"),
                    Option.of("OTHER", "Something else")), d -> true, "Select why you are thinking of sharing"),
            new Question(LEGITIMATE, RADIOS, d -> "Is there a clear and legitimate reason for you to share?",
                    "It should be part of your role and the reason should be one you could explain to the person.", List.of(
                    Option.of("YES", "Yes"), Option.of("NO", "No"), Option.of("UNSURE", "I'm not sure")),
                    d -> true, "Select whether there is a clear and legitimate reason"),
            new Question(DANGER, RADIOS, d -> "Is anyone in immediate danger?",
                    "For example, a child who is not safe to go home tonight, or someone being hurt now.", YES_NO,
                    d -> true, "Select yes if anyone is in immediate danger"),
            new Question(RISK, RADIOS, d -> "How worried are you about " + d.subjectDescription() + "?", null, List.of(
                    Option.of("NONE", "I am not worried about harm"),
                    Option.of("CHILD_IN_NEED", "They may need extra support, but I do not think they are at risk of significant harm"),
                    Option.of("SIGNIFICANT_HARM_SUSPECTED", "I have reasonable cause to suspect they are suffering, or likely to suffer, significant harm")),
                    d -> d.is(DANGER, "NO"), "Select how worried you are"),
            new Question(KIND, RADIOS, d -> "Who is the information about?", null, List.of(
                    Option.of("CHILD", "A child (under 18)"), Option.of("UNBORN", "An unborn baby"), Option.of("ADULT", "An adult (18 or over)")),
                    d -> d.personKind == null, "Select who the information is about"),
            new Question(AGE, WHOLE_NUMBER, d -> "How old are they?", "In years, for example 7", List.of(),
                    d -> d.personKind == null && d.kind() != null && d.kind() != SubjectKind.UNBORN, "Enter their age in years"),
            new Question(ADULT_AT_RISK, RADIOS, d -> "Is the adult at risk?",
                    "They have needs for care and support, are experiencing or at risk of abuse or neglect, and because of those needs cannot protect themselves (DPA 2018 Schedule 1 paragraph 18).",
                    YES_NO, d -> d.kind() == SubjectKind.ADULT, "Select yes if the adult is at risk"),
            new Question(INFORMATION, CHECKBOXES, d -> "Which of these describe the information?", "Select all that apply.", List.of(
                    Option.of("identifiesIndividual", "It identifies a person, or could with other information"),
                    Option.of("confidential", "It was given in confidence"),
                    Option.of("specialCategory", "It is about health, sex life, ethnicity, religion or other special category data"),
                    Option.of("criminalOffence", "It is about crimes or alleged crimes"),
                    Option.of("identitiesAtRisk", "Someone could be harmed if their identity became known", "For example, the child, a carer, a neighbour or the person who raised the concern"),
                    Option.none()), d -> true, "Select which describe the information, or 'None of these'"),
            new Question(CONSENT, RADIOS, d -> "Has consent to share been given?", "Consent must be informed, specific and can be withdrawn at any time (UK GDPR Article 4(11) and Article 7).", List.of(
                    Option.of("GIVEN", "Yes, consent has been given"),
                    Option.of("NOT_SOUGHT", "No, consent has not been asked for"),
                    Option.of("REFUSED", "No, consent was refused"),
                    Option.of("WITHDRAWN", "Consent was given but has been withdrawn"),
                    Option.of("EXPIRED", "Consent was given but has expired"),
                    Option.of("CANNOT_BE_GIVEN", "Consent cannot be given", "For example, an adult who lacks capacity for this decision")),
                    d -> d.is(INFORMATION, "identifiesIndividual"), "Select whether consent has been given"),
            new Question(GIVEN_BY, RADIOS, d -> "Who gave consent?", null, List.of(
                    Option.of("SUBJECT", "The person themself"),
                    Option.of("PARENT_WITH_PR", "A parent or other person with parental responsibility"),
                    Option.of("OTHER", "Someone else")),
                    d -> d.is(INFORMATION, "identifiesIndividual") && d.is(CONSENT, "GIVEN"), "Select who gave consent"),
            new Question(COMPETENT, RADIOS, Questions::competenceHeading,
                    "Decide for this decision at this time. Presume capacity from 16 unless it has been assessed otherwise (Mental Capacity Act 2005).",
                    YES_NO, d -> d.is(INFORMATION, "identifiesIndividual") && d.kind() != null && d.kind() != SubjectKind.UNBORN
                            && !tooYoungToDecide(d), "Select yes if they can make this decision themselves"),
            new Question(SEEKING_CONSENT, CHECKBOXES, d -> "Would asking for consent do any of these?", "Select all that apply.", List.of(
                    Option.of("seekingWouldIncreaseRisk", "Put the child or someone else at greater risk"),
                    Option.of("seekingWouldCauseHarmfulDelay", "Cause a delay that could be harmful"),
                    Option.of("seekingWouldPrejudiceInvestigation", "Get in the way of a police or social care investigation"),
                    Option.none()),
                    d -> d.is(INFORMATION, "identifiesIndividual") && !d.is(CONSENT, "GIVEN") && !d.is(CONSENT, "CANNOT_BE_GIVEN"),
                    "Select which apply, or 'None of these'"),
            new Question(CRIME, CHECKBOXES, d -> "Do any of these apply?", "Select all that apply.", List.of(
                    Option.of("seriousCrime", "Sharing would help prevent or detect a serious crime"),
                    Option.of("buildingPicture", "Sharing is needed to build a picture of whether there is significant harm"),
                    Option.none()), d -> true, "Select which apply, or 'None of these'"),
            new Question(LEGAL, RADIOS, d -> "Does a court order or a law require you to share?", null, List.of(
                    Option.of("NONE", "No"), Option.of("COURT_ORDER", "Yes, a court order"),
                    Option.of("STATUTORY_DUTY", "Yes, a statutory duty", "For example, notifying a disease")),
                    d -> true, "Select whether a court order or law requires you to share"),
            new Question(REQUEST, CHECKBOXES, d -> "Are you answering a request for this information?",
                    "Your organisation is not a public authority, so this helps find the lawful basis open to you (UK GDPR Annex 1"
                            + " paragraph 1). Select all that apply.", List.of(
                    Option.of("fromPublicAuthority", "A public body asked us for it", "For example the MASH, children's social care, the police, an NHS body or a school"),
                    Option.of("statesPublicTask", "They told us they need it for their public functions (their public task)"),
                    Option.none()), d -> !d.sharerPublicAuthority, "Select which apply, or 'None of these'"),
            new Question(RECIPIENT_COVERED, RADIOS, d -> "Is the organisation you would share with also covered by the duty to share?",
                    "Councils, the police, NHS bodies, schools and childcare providers, and organisations commissioned by them"
                            + " (Children Act 2004 section 16LA).", YES_NO, DecisionDraft::dutyToShareCouldApply,
                    "Select yes if the organisation you would share with is covered by the duty to share"),
            new Question(MORE_DETRIMENTAL, RADIOS, d -> "Would sharing be more detrimental to " + d.subjectDescription() + " than not sharing?",
                    "The duty to share does not apply only if you consider that it would. You will be asked to record why.",
                    YES_NO, d -> d.dutyToShareCouldApply() && d.is(RECIPIENT_COVERED, "YES"),
                    "Select yes if sharing would be more detrimental to the child than not sharing"),
            new Question(RECIPIENT, CHECKBOXES, d -> "What do you know about who would receive it?", "Select all that apply.", List.of(
                    Option.of("hasRoleInSafeguarding", "They have a role in keeping the person safe"),
                    Option.of("identityVerified", "I have checked who they are", "For example, by calling back on a number from the partnership directory"),
                    Option.of("secureChannelAvailable", "There is a secure way to send it"),
                    Option.none()), d -> true, "Select what you know, or 'None of these'"));

    private Questions() {}

    static Optional<Question> find(String id) {
        return ALL.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The first relevant question not yet answered, in flowchart order. */
    static Optional<Question> firstUnanswered(DecisionDraft draft) {
        return ALL.stream().filter(q -> q.relevant().test(draft) && !draft.answered(q.id())).findFirst();
    }

    /** The relevant question before this one, for the back link. */
    static Optional<Question> previous(DecisionDraft draft, String id) {
        Question before = null;
        for (Question q : ALL) {
            if (q.id().equals(id)) {
                return Optional.ofNullable(before);
            }
            if (q.relevant().test(draft)) {
                before = q;
            }
        }
        return Optional.empty();
    }

    static List<Question> relevant(DecisionDraft draft) {
        return ALL.stream().filter(q -> q.relevant().test(draft)).toList();
    }

    /**
     * Below compulsory school age (5, Education Act 1996 section 8) no child can understand what sharing information
     * with another agency means, so Gillick competence is not asked and consent comes from a parent. Older children are
     * asked: competence turns on understanding, not age.
     */
    static final int YOUNGEST_ASKED_ABOUT_COMPETENCE = 5;

    private static boolean tooYoungToDecide(DecisionDraft draft) {
        return draft.kind() == SubjectKind.CHILD && draft.age() != null && draft.age() < YOUNGEST_ASKED_ABOUT_COMPETENCE;
    }

    private static String competenceHeading(DecisionDraft draft) {
        Integer age = draft.age();
        if (draft.kind() == SubjectKind.CHILD && age != null && age < 16) {
            return "Is " + draft.subjectDescription() + " able to make this decision for themselves (Gillick competent)?";
        }
        return "Does " + draft.subjectDescription() + " have the mental capacity to make this decision?";
    }
}
