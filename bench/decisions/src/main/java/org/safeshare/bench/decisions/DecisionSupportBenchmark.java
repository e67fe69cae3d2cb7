package org.safeshare.bench.decisions;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.safeshare.decisions.Evaluation;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.decisions.SharingFacts.Consent;
import org.safeshare.decisions.SharingFacts.ConsentGiver;
import org.safeshare.decisions.SharingFacts.ConsentStatus;
import org.safeshare.decisions.SharingFacts.GuidanceVersion;
import org.safeshare.decisions.SharingFacts.Information;
import org.safeshare.decisions.SharingFacts.LegalRequirement;
import org.safeshare.decisions.SharingFacts.Legitimacy;
import org.safeshare.decisions.SharingFacts.Purpose;
import org.safeshare.decisions.SharingFacts.PurposeCategory;
import org.safeshare.decisions.SharingFacts.Recipient;
import org.safeshare.decisions.SharingFacts.Risk;
import org.safeshare.decisions.SharingFacts.RiskLevel;
import org.safeshare.decisions.SharingFacts.Sharer;
import org.safeshare.decisions.SharingFacts.Subject;
import org.safeshare.decisions.SharingFacts.SubjectKind;
import org.safeshare.decisions.domain.DecisionSupport;

/** Evaluations per second over a mix of scenario facts (every outcome, both versions, one refusal), one thread. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecisionSupportBenchmark {

    private static final Recipient KNOWN = new Recipient(true, true, true);
    private static final Information CONFIDENTIAL = new Information(true, true, false, false, false);
    private static final Information HEALTH = new Information(true, true, true, false, false);

    private final List<SharingFacts> mix = List.of(
            facts(null, child(7), PurposeCategory.SAFEGUARDING, CONFIDENTIAL, notSought(true), RiskLevel.SIGNIFICANT_HARM_SUSPECTED),
            facts(GuidanceVersion.V2018, child(7), PurposeCategory.SAFEGUARDING, HEALTH, notSought(true), RiskLevel.SIGNIFICANT_HARM_SUSPECTED),
            facts(null, child(2), PurposeCategory.EARLY_HELP, CONFIDENTIAL, notSought(false), RiskLevel.NONE),
            facts(null, child(2), PurposeCategory.EARLY_HELP, CONFIDENTIAL, given(ConsentGiver.PARENT_WITH_PR), RiskLevel.NONE),
            facts(null, child(15), PurposeCategory.INDIVIDUAL_CARE, HEALTH, refused(), RiskLevel.NONE),
            facts(null, child(9), PurposeCategory.SAFEGUARDING, CONFIDENTIAL, notSought(false), RiskLevel.IMMEDIATE_DANGER),
            facts(null, new Subject(SubjectKind.ADULT, 82, true), PurposeCategory.SAFEGUARDING, HEALTH,
                    new Consent(ConsentStatus.CANNOT_BE_GIVEN, null, false, false, false, false), RiskLevel.CHILD_IN_NEED),
            facts(null, new Subject(SubjectKind.UNBORN, null, false), PurposeCategory.SAFEGUARDING, HEALTH, notSought(false),
                    RiskLevel.SIGNIFICANT_HARM_SUSPECTED),
            new SharingFacts(null, child(10), new Purpose(PurposeCategory.LEGAL_PROCEEDINGS, Legitimacy.YES), CONFIDENTIAL,
                    notSought(false), new Risk(RiskLevel.NONE, false, false), LegalRequirement.COURT_ORDER, KNOWN, null),
            new SharingFacts(null, child(14), new Purpose(PurposeCategory.SAFEGUARDING, Legitimacy.YES), CONFIDENTIAL,
                    notSought(false), new Risk(RiskLevel.SIGNIFICANT_HARM_SUSPECTED, true, false), null, KNOWN, new Sharer(true)),
            new SharingFacts(null, child(8), new Purpose(PurposeCategory.OTHER, Legitimacy.NO), CONFIDENTIAL, notSought(false),
                    new Risk(RiskLevel.NONE, false, false), null, KNOWN, null),
            new SharingFacts(null, new Subject(SubjectKind.CHILD, 19, true), new Purpose(PurposeCategory.SAFEGUARDING, Legitimacy.YES),
                    null, new Consent(ConsentStatus.GIVEN, null, false, false, false, false), new Risk(RiskLevel.NONE, false, false),
                    null, null, null));

    private int next;

    @Benchmark
    public Evaluation evaluate() {
        SharingFacts facts = mix.get(next);
        next = next + 1 == mix.size() ? 0 : next + 1;
        return DecisionSupport.evaluate(facts);
    }

    private static SharingFacts facts(GuidanceVersion version, Subject subject, PurposeCategory purpose, Information information,
            Consent consent, RiskLevel risk) {
        return new SharingFacts(version, subject, new Purpose(purpose, Legitimacy.YES), information, consent,
                new Risk(risk, false, false), null, KNOWN, null);
    }

    private static Subject child(int age) {
        return new Subject(SubjectKind.CHILD, age, false);
    }

    private static Consent notSought(boolean wouldIncreaseRisk) {
        return new Consent(ConsentStatus.NOT_SOUGHT, null, false, wouldIncreaseRisk, false, false);
    }

    private static Consent given(ConsentGiver by) {
        return new Consent(ConsentStatus.GIVEN, by, false, false, false, false);
    }

    private static Consent refused() {
        return new Consent(ConsentStatus.REFUSED, ConsentGiver.SUBJECT, true, false, false, false);
    }
}
