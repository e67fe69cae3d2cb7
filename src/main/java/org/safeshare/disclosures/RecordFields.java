package org.safeshare.disclosures;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safeshare.disclosures.domain.ItemContent;
import org.safeshare.disclosures.domain.PersonField;
import org.safeshare.people.KnownAddress;
import org.safeshare.people.PersonRecord;
import org.safeshare.people.Relation;
import org.safeshare.platform.web.LondonDates;

/** Copies a chosen field of the person's record, as it reads now, into an item: the recipient gets a copy, never the record. */
final class RecordFields {

    private static final String NOT_RECORDED = "Not recorded";

    private RecordFields() {}

    static ItemContent.FieldValue copy(PersonRecord record, PersonField field) {
        var person = record.person();
        String value = switch (field) {
            case NAME -> person.displayName();
            case DATE_OF_BIRTH -> person.dateOfBirth().map(RecordFields::date)
                    .orElseGet(() -> person.expectedDateOfDelivery().map(d -> "Expected " + date(d)).orElse(NOT_RECORDED));
            case NHS_NUMBER -> person.nhsNumber().map(n -> n.formatted()).orElse(NOT_RECORDED);
            case SEX -> person.sex().label();
            case CURRENT_ADDRESS -> record.addresses().stream().filter(KnownAddress::current).findFirst()
                    .map(a -> a.address().oneLine()).orElse(NOT_RECORDED);
            case OTHER_NAMES -> nonEmpty(record.otherNames().stream().map(n -> n.full() + " (" + n.kind().label() + ")")
                    .collect(Collectors.joining("; ")));
            case PARENTAL_RESPONSIBILITY -> nonEmpty(record.relations().stream().filter(Relation::otherHoldsResponsibility)
                    .map(r -> r.otherPersonName() + " (" + r.description() + ")").collect(Collectors.joining("; ")));
        };
        return new ItemContent.FieldValue(field, value);
    }

    private static String date(LocalDate date) {
        return LondonDates.date(date);
    }

    private static String nonEmpty(String joined) {
        return Optional.of(joined).filter(s -> !s.isBlank()).orElse(NOT_RECORDED);
    }

}
