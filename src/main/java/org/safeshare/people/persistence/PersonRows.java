package org.safeshare.people.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.people.PersonId;
import org.safeshare.people.PersonSummary;
import org.safeshare.people.domain.NhsNumber;
import org.safeshare.people.domain.Person;
import org.safeshare.people.domain.PersonKind;
import org.safeshare.people.domain.PersonName;
import org.safeshare.people.domain.Sex;
import org.safeshare.people.domain.UniquePupilNumber;

/** Reads a person row, whatever query selected it (columns prefixed when joined). */
final class PersonRows {

    static final String COLUMNS = "p.id, p.organisation_id, p.kind, p.given_name, p.family_name, p.date_of_birth, "
            + "p.expected_date_of_delivery, p.sex, p.nhs_number, p.unique_pupil_number";

    private PersonRows() {}

    static StoredPerson stored(ResultSet rs, int row) throws SQLException {
        return new StoredPerson(new PersonId(rs.getObject("id", UUID.class)), rs.getObject("organisation_id", UUID.class), person(rs));
    }

    static PersonSummary summary(ResultSet rs, int row) throws SQLException {
        return new PersonSummary(new PersonId(rs.getObject("id", UUID.class)), person(rs));
    }

    static Person person(ResultSet rs) throws SQLException {
        String nhs = rs.getString("nhs_number");
        String upn = rs.getString("unique_pupil_number");
        return new Person(PersonKind.valueOf(rs.getString("kind")),
                new PersonName(rs.getString("given_name"), rs.getString("family_name")),
                date(rs.getDate("date_of_birth")), date(rs.getDate("expected_date_of_delivery")), Sex.valueOf(rs.getString("sex")),
                Optional.ofNullable(nhs).map(NhsNumber::new), Optional.ofNullable(upn).map(UniquePupilNumber::new));
    }

    private static Optional<LocalDate> date(Date date) {
        return Optional.ofNullable(date).map(Date::toLocalDate);
    }
}
