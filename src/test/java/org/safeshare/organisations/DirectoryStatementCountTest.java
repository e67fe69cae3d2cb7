package org.safeshare.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.consent.web.ConsentLabels;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.safeshare.support.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The directory reads its organisations, with their identifiers and contact points, in one statement however many
 * there are; the consent pages name the organisations a consent covers in one statement too.
 */
@SafeshareTest
class DirectoryStatementCountTest {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired Organisations organisations;
    @Autowired ConsentLabels labels;

    @Test
    void theDirectoryReadsEveryOrganisationWithItsIdentifiersAndContactPointsInOneStatement() throws Exception {
        Actor teacher = signedIn.actor("teacher@oakfield-primary.example");
        List<Organisation> directory = organisations.directory(teacher);
        List<String> statements = Statements.during(() -> organisations.directory(teacher));

        assertThat(directory).hasSizeGreaterThan(5);
        assertThat(statements).hasSize(1);
        Organisation csc = directory.stream().filter(o -> o.name().equals("Riverside Children's Social Care")).findFirst().orElseThrow();
        assertThat(csc.identifiers()).containsExactly(new Identifier(IdentifierScheme.LOCAL_AUTHORITY_CODE, "999"));
        assertThat(csc.contactPoints()).extracting(ContactPoint::kind)
                .contains(ContactPoint.Kind.SECURE_EMAIL, ContactPoint.Kind.TELEPHONE, ContactPoint.Kind.OUT_OF_HOURS_TELEPHONE);
    }

    @Test
    void theDirectoryPageReadsOrganisationsInOneStatement() throws Exception {
        List<String> read = Statements.during(() -> mvc.perform(get("/organisations").with(signedIn.as("teacher@oakfield-primary.example")))
                .andExpect(status().isOk()));
        // Signing in reads the user's own organisation too; no statement reads one organisation's identifiers or contacts.
        assertThat(read).as("statements reading identifiers or contact points one organisation at a time: %s", read)
                .filteredOn(sql -> sql.contains("where organisation_id = ?")).isEmpty();
    }

    @Test
    void theOrganisationsAConsentCoversAreNamedInOneStatement() throws Exception {
        List<UUID> ids = organisations.directory(signedIn.actor("teacher@oakfield-primary.example")).stream()
                .map(o -> o.id().value()).toList();
        String[] named = new String[1];
        List<String> statements = Statements.during(() -> named[0] = labels.organisations(ids));
        assertThat(statements).hasSize(1);
        assertThat(named[0]).contains("Brook Lane Surgery, ").contains("Riverside MASH");
    }
}
