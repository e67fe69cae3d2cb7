package org.safeshare.accounts;

import java.util.Map;
import java.util.Optional;
import org.safeshare.platform.security.Actor;

/**
 * A part of the home page contributed by another module (such as the user's open actions), so that accounts need not
 * know it. Each section is a Thymeleaf fragment named {@code section(model)}, shown above the role links.
 */
public interface HomePageSection {

    /** The section for this user, or empty when there is nothing for them. */
    Optional<Section> forUser(Actor actor);

    /** A fragment template, its model, and its place on the page (lower first). */
    record Section(String template, Map<String, Object> model, int order) {}
}
