package org.safeshare.people.api;

import java.time.LocalDate;
import java.util.List;
import org.safeshare.people.KnownAddress;
import org.safeshare.people.PersonRecord;
import org.safeshare.people.PersonSummary;
import org.safeshare.people.Relation;
import org.safeshare.people.domain.NhsNumber;
import org.safeshare.people.domain.OtherName;
import org.safeshare.people.domain.Person;
import org.safeshare.people.domain.UniquePupilNumber;

/** A person as the API answers: absent values are left out, dates are ISO 8601, enums by name. */
record PersonJson(String id, String kind, String givenName, String familyName, String displayName, String dateOfBirth,
        String expectedDateOfDelivery, String sex, String nhsNumber, String uniquePupilNumber, List<OtherNameJson> otherNames,
        List<AddressJson> addresses, List<RelationJson> relationships) {

    record OtherNameJson(String kind, String givenName, String familyName) {}

    record AddressJson(String line1, String line2, String town, String postcode, boolean current) {}

    /** {@code type} is what the other person is to this one read from the subject's side; see {@code direction}. */
    record RelationJson(String id, String personId, String name, String type, String description, String direction,
            boolean parentalResponsibility, String parentalResponsibilityBasis) {}

    static PersonJson summary(PersonSummary summary) {
        return of(summary.id().toString(), summary.person(), null, null, null);
    }

    static PersonJson record(PersonRecord record) {
        return of(record.id().toString(), record.person(), record.otherNames().stream().map(PersonJson::otherName).toList(),
                record.addresses().stream().map(PersonJson::address).toList(),
                record.relations().stream().map(PersonJson::relation).toList());
    }

    private static PersonJson of(String id, Person p, List<OtherNameJson> otherNames, List<AddressJson> addresses,
            List<RelationJson> relations) {
        return new PersonJson(id, p.kind().name(), p.name().givenName(), p.name().familyName(), p.displayName(),
                p.dateOfBirth().map(LocalDate::toString).orElse(null), p.expectedDateOfDelivery().map(LocalDate::toString).orElse(null),
                p.sex().name(), p.nhsNumber().map(NhsNumber::value).orElse(null),
                p.uniquePupilNumber().map(UniquePupilNumber::value).orElse(null), otherNames, addresses, relations);
    }

    private static OtherNameJson otherName(OtherName n) {
        return new OtherNameJson(n.kind().name(), n.givenName(), n.familyName());
    }

    private static AddressJson address(KnownAddress a) {
        return new AddressJson(a.address().line1(), a.address().line2(), a.address().town(), a.address().postcode().value(), a.current());
    }

    private static RelationJson relation(Relation r) {
        return new RelationJson(r.id().toString(), r.otherPersonId().toString(), r.otherPersonName(), r.type().name(), r.description(),
                r.towardsThem() ? "OTHER_IS_TYPE_OF_THIS" : "THIS_IS_TYPE_OF_OTHER", r.parentalResponsibility(),
                r.basis().map(Enum::name).orElse(null));
    }
}
