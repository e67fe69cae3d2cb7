package org.safeshare.matching.domain;

import java.time.LocalDate;

/**
 * One agency's record of a person as it arrives for linkage: free-text fields as the agency holds them,
 * empty strings for what it does not know. Nothing here is trusted: identifiers are checked before use.
 */
public record AgencyRecord(String recId, String agency, String nhsNumber, String upn, String firstName, String middleName,
        String surname, LocalDate dob, String sex, String postcode, String address) {

    public AgencyRecord {
        nhsNumber = orEmpty(nhsNumber);
        upn = orEmpty(upn);
        firstName = orEmpty(firstName);
        middleName = orEmpty(middleName);
        surname = orEmpty(surname);
        sex = orEmpty(sex);
        postcode = orEmpty(postcode);
        address = orEmpty(address);
        agency = orEmpty(agency);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
