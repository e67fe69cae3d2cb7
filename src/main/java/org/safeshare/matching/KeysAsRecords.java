package org.safeshare.matching;

import java.util.List;
import java.util.stream.Collectors;
import org.safeshare.matching.domain.AgencyRecord;
import org.safeshare.matching.domain.MatchExplanation;
import org.safeshare.people.LinkageKeys;

/** From the people module's keys to the engine's record, and from the engine's explanation to the reasons shown. */
final class KeysAsRecords {

    private KeysAsRecords() {}

    static AgencyRecord of(LinkageKeys keys) {
        return new AgencyRecord(keys.id().value().toString(), keys.organisationId().toString(), keys.nhsNumber(), keys.upn(),
                keys.givenName(), "", keys.familyName(), keys.dateOfBirth(), keys.sex(), keys.postcode(), keys.address());
    }

    /** The record under its current name, then under each of its other names (former, alternative, preferred). */
    static List<AgencyRecord> variants(LinkageKeys keys) {
        AgencyRecord current = of(keys);
        List<AgencyRecord> variants = new java.util.ArrayList<>(List.of(current));
        for (LinkageKeys.Name name : keys.otherNames()) {
            variants.add(new AgencyRecord(current.recId(), current.agency(), current.nhsNumber(), current.upn(),
                    name.givenName().isBlank() ? current.firstName() : name.givenName(), "", name.familyName(), current.dob(),
                    current.sex(), current.postcode(), current.address()));
        }
        return variants;
    }

    static List<Holder.Reason> reasonList(MatchExplanation explanation) {
        return explanation.fields().stream().map(f -> new Holder.Reason(f.field().label(), f.field().level(f.level()), f.weight())).toList();
    }

    /** The reasons as stored with a pair: field, level and weight, never a value from either record. */
    static String reasons(MatchExplanation explanation) {
        if (explanation.fields().isEmpty()) {
            return explanation.rule();
        }
        return explanation.fields().stream().map(MatchExplanation.FieldEvidence::describe).collect(Collectors.joining("; "));
    }
}
