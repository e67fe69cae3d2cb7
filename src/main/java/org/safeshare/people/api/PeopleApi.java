package org.safeshare.people.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.PersonSearch;
import org.safeshare.people.Registration;
import org.safeshare.people.domain.NhsNumber;
import org.safeshare.platform.InvalidRequestException;
import org.safeshare.platform.InvalidRequestException.FieldProblem;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** People held by the calling partner system's organisation; anyone else's are "not found". */
@RestController
@RequestMapping(path = "/api/v1/people", produces = "application/json")
@Tag(name = "People", description = "Children, adults and unborn babies your organisation records, with their family network")
class PeopleApi {

    private final People people;

    PeopleApi(People people) {
        this.people = people;
    }

    /** The terms of a search, in a body because names, NHS numbers and dates of birth must not travel in addresses. */
    record SearchJson(String name, String nhsNumber, String dateOfBirth) {}

    @PostMapping(path = "/searches", consumes = "application/json")
    @Operation(summary = "Search your organisation's people", description = "Give any of name, nhsNumber and dateOfBirth (YYYY-MM-DD); "
            + "all given must match. At most 50 results. A POST so that personal data stays out of addresses and access logs.")
    List<PersonJson> search(@AuthenticationPrincipal Actor actor, @RequestBody SearchJson body) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<NhsNumber> nhs = Optional.ofNullable(body.nhsNumber()).flatMap(n -> {
            NhsNumber.parse(n).problem().ifPresent(p -> problems.add(new FieldProblem("nhsNumber", p)));
            return NhsNumber.parse(n).accepted();
        });
        Optional<LocalDate> birth = Optional.ofNullable(body.dateOfBirth()).flatMap(d -> date(d, problems));
        PersonSearch search = new PersonSearch(Optional.ofNullable(body.name()).filter(n -> !n.isBlank()), nhs, birth);
        if (problems.isEmpty() && search.isEmpty()) {
            problems.add(new FieldProblem("name", "Give at least one of name, nhsNumber and dateOfBirth"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return people.search(actor, search).stream().map(PersonJson::summary).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One person with their other names, addresses and relationships")
    PersonJson person(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        PersonId personId = PersonId.parse(id).orElseThrow(() -> new NotFoundException("Person"));
        return PersonJson.record(people.view(actor, personId));
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Register a person", description = "Search first: this always creates a new record. Refusals are 422 problem details with an errors entry per field.")
    ResponseEntity<PersonJson> register(@AuthenticationPrincipal Actor actor, @RequestBody NewPersonJson body) {
        List<FieldProblem> unreadable = body.unreadable();
        if (!unreadable.isEmpty()) {
            throw new InvalidRequestException(unreadable);
        }
        return switch (people.register(actor, body.draft())) {
            case Registration.Registered registered -> ResponseEntity.created(URI.create("/api/v1/people/" + registered.personId()))
                    .body(PersonJson.record(people.view(actor, registered.personId())));
            case Registration.Refused refused -> throw new InvalidRequestException(refused.problems().entrySet().stream()
                    .map(e -> new FieldProblem(apiField(e.getKey()), e.getValue())).toList());
        };
    }

    /** Address fields sit inside {@code address} in the body. */
    private static String apiField(String field) {
        return switch (field) {
            case "addressLine1" -> "address.line1";
            case "addressLine2" -> "address.line2";
            case "town" -> "address.town";
            case "postcode" -> "address.postcode";
            default -> field;
        };
    }

    private static Optional<LocalDate> date(String value, List<FieldProblem> problems) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("dateOfBirth", "dateOfBirth must be a real date in the form YYYY-MM-DD"));
            return Optional.empty();
        }
    }
}
