package org.safeshare.actions;

import org.safeshare.decisions.Decisions;
import org.safeshare.people.People;
import org.safeshare.support.SignedIn;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** For the browser test: a decision Oakfield recorded, and the health visitor as the page's owner choice. */
@Component
public class ActionsBrowserFixture {

    private final ActionFixture fixture;
    private final Decisions decisions;
    private final People people;
    private final JsonMapper json;

    ActionsBrowserFixture(JdbcClient jdbc, SignedIn signedIn, Decisions decisions, People people, JsonMapper json) {
        this.fixture = new ActionFixture(jdbc, signedIn);
        this.decisions = decisions;
        this.people = people;
        this.json = json;
    }

    public String oakfieldDecision() {
        return fixture.decision(decisions, people, json).toString();
    }

    public String healthVisitorOwner() {
        return fixture.healthVisitor().value();
    }
}
