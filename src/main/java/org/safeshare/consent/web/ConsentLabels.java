package org.safeshare.consent.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.web.LondonDates;
import org.springframework.stereotype.Component;

/** Words for the consent pages: purposes, dates and organisation names ({@code @consentLabels} in templates). */
@Component("consentLabels")
public class ConsentLabels {

    private final Organisations organisations;

    ConsentLabels(Organisations organisations) {
        this.organisations = organisations;
    }

    public static String purpose(PurposeCategory purpose) {
        return switch (purpose) {
            case SAFEGUARDING -> "Safeguarding";
            case EARLY_HELP -> "Early help";
            case INDIVIDUAL_CARE -> "Individual health or social care";
            case CRIME_PREVENTION -> "Preventing or detecting crime";
            case LEGAL_PROCEEDINGS -> "Legal proceedings";
            case STATUTORY_DUTY -> "A statutory duty";
            case OTHER -> "Another purpose";
        };
    }

    public static List<Option> purposes() {
        return Option.of(PurposeCategory.values(), ConsentLabels::purpose);
    }

    public String purposes(Collection<PurposeCategory> purposes) {
        return purposes.stream().sorted().map(ConsentLabels::purpose).collect(Collectors.joining(", "));
    }

    /** A withdrawn consent is headed as withdrawn: "Consent given" over it would read as consent still in force. */
    public String heading(org.safeshare.consent.ConsentRecord consent) {
        String answer = consent.current().terms().answer().label();
        return consent.withdrawal().map(w -> w.withdrawal().whole() ? "Consent withdrawn" : answer + ", partly withdrawn").orElse(answer);
    }

    public String date(LocalDate date) {
        return LondonDates.date(date);
    }

    public String dateTime(Instant at) {
        return LondonDates.dateTime(at);
    }

    /** The organisations' names, read in one query however many there are. */
    public String organisations(Collection<UUID> ids) {
        Map<OrganisationId, String> names = organisations.names(ids.stream().map(OrganisationId::new).collect(Collectors.toSet()));
        return ids.stream().map(id -> names.getOrDefault(new OrganisationId(id), "Unknown organisation")).sorted()
                .collect(Collectors.joining(", "));
    }

    public String types(Collection<org.safeshare.organisations.OrganisationType> types) {
        return types.stream().map(t -> t.label()).sorted().collect(Collectors.joining(", "));
    }
}
