package org.safeshare.people.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.safeshare.people.NewRelationship;
import org.safeshare.people.PersonId;
import org.safeshare.people.domain.ParentalResponsibilityBasis;
import org.safeshare.people.domain.RelationshipType;

/** What was chosen on the add-a-relationship form, kept as text to show back. */
record RelationshipForm(String q, String relatedPersonId, String type, String parentalResponsibility, String basis) {

    RelationshipForm {
        q = q == null ? "" : q.trim();
        relatedPersonId = relatedPersonId == null ? "" : relatedPersonId;
        type = type == null ? "" : type;
        parentalResponsibility = parentalResponsibility == null ? "" : parentalResponsibility;
        basis = basis == null ? "" : basis;
    }

    /** The form's own problems: anything not chosen, or not one of the choices offered. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (PersonId.parse(relatedPersonId).isEmpty()) {
            problems.put("relatedPersonId", "Select the person they are related to");
        }
        if (PersonForm.choice(RelationshipType.class, type) == null) {
            problems.put("type", "Select how they are related");
        }
        if (!parentalResponsibility.equals("yes") && !parentalResponsibility.equals("no")) {
            problems.put("parentalResponsibility", "Select yes if they have parental responsibility");
        }
        if (!basis.isEmpty() && PersonForm.choice(ParentalResponsibilityBasis.class, basis) == null) {
            problems.put("basis", "Select how they got parental responsibility");
        }
        return problems;
    }

    /** Call only when {@link #problems()} is empty. */
    NewRelationship toRelationship(PersonId subject) {
        return new NewRelationship(subject, PersonId.parse(relatedPersonId).orElseThrow(),
                PersonForm.choice(RelationshipType.class, type), parentalResponsibility.equals("yes"),
                Optional.ofNullable(PersonForm.choice(ParentalResponsibilityBasis.class, basis)));
    }
}
