package org.safeshare.people;

import java.util.Map;
import java.util.Optional;
import org.safeshare.platform.security.Actor;

/**
 * A part of a person's page contributed by another module (decisions, consent, audit), so that the
 * people module need not know them. Each section is a Thymeleaf fragment named {@code section(model)}.
 * It is given the page's one guarded read of the person, and reads its own records with it (ADR 0012).
 */
public interface PersonPageSection {

    /** The section for this actor and person, or empty when there is nothing they may see. */
    Optional<Section> forPerson(Actor actor, VisiblePerson person);

    /** A fragment template, its model, and its place on the page (lower first). */
    record Section(String template, Map<String, Object> model, int order) {}
}
