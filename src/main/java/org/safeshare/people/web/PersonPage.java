package org.safeshare.people.web;

import java.util.Comparator;
import java.util.List;
import org.safeshare.people.People;
import org.safeshare.people.PersonPageSection;
import org.safeshare.people.PersonId;
import org.safeshare.people.PersonRecord;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.safeshare.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One person's record: details, other names, addresses, and their family and network with parental responsibility. */
@Controller
class PersonPage {

    private final People people;
    private final List<PersonPageSection> sections;
    private final TransactionTemplate oneTransaction;

    PersonPage(People people, List<PersonPageSection> sections, PlatformTransactionManager transactions) {
        this.people = people;
        this.sections = sections;
        this.oneTransaction = new TransactionTemplate(transactions);
    }

    @GetMapping("/people/{id}")
    String person(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        // The guarded read and every module's section in one transaction: one connection from the pool for the page's
        // reads instead of one per module (docs/performance.md).
        oneTransaction.executeWithoutResult(t -> {
            VisiblePerson person = people.visible(actor, personId(id));
            PersonRecord record = person.record();
            model.addAttribute("record", record);
            model.addAttribute("person", record.person());
            model.addAttribute("sections", sections.stream().flatMap(s -> s.forPerson(actor, person).stream())
                    .sorted(Comparator.comparingInt(PersonPageSection.Section::order)).toList());
        });
        model.addAttribute("errors", FormErrors.none());
        // The holding organisation's safeguarding lead and Caldicott guardian oversee who looks at a record.
        model.addAttribute("canSeeAudit", actor.has(Role.DESIGNATED_SAFEGUARDING_LEAD) || actor.has(Role.CALDICOTT_GUARDIAN));
        return "people/person";
    }

    /** A malformed id names no record: the same answer as an unknown one. */
    static PersonId personId(String id) {
        return PersonId.parse(id).orElseThrow(() -> new NotFoundException("Person"));
    }
}
