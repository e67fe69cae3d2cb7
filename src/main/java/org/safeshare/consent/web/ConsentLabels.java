package org.safeshare.consent.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safeshare.consent.domain.Dates;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.springframework.stereotype.Component;

/** Words for the consent pages: purposes, dates and organisation names ({@code @consentLabels} in templates). */
@Component("consentLabels")
public class ConsentLabels {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

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
        return Dates.words(date);
    }

    public String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at).replace("AM", "am").replace("PM", "pm");
    }

    public String organisation(UUID id) {
        return id == null ? "" : organisations.find(new OrganisationId(id)).map(o -> o.name()).orElse("Unknown organisation");
    }

    public String organisations(Collection<UUID> ids) {
        return ids.stream().map(this::organisation).sorted().collect(Collectors.joining(", "));
    }

    public String types(Collection<org.safeshare.organisations.OrganisationType> types) {
        return types.stream().map(t -> t.label()).sorted().collect(Collectors.joining(", "));
    }
}
