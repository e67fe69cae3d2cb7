package org.safeshare.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.safeshare.support.Statements;
import org.springframework.beans.factory.annotation.Autowired;

/** An organisation's users are read with their roles in one statement, however many users there are. */
@SafeshareTest
class UserListStatementCountTest {

    @Autowired Accounts accounts;
    @Autowired SignedIn signedIn;

    @Test
    void theUsersOfAnOrganisationAreReadWithTheirRolesInOneStatement() throws Exception {
        Actor admin = signedIn.actor("admin@oakfield-primary.example");
        List<UserAccount> users = accounts.usersOf(admin);
        List<String> statements = Statements.during(() -> accounts.usersOf(admin));

        assertThat(users).hasSizeGreaterThan(2);
        assertThat(users).filteredOn(u -> u.email().equals("dsl@oakfield-primary.example")).singleElement()
                .satisfies(u -> assertThat(u.roles()).containsExactlyInAnyOrder(Role.DESIGNATED_SAFEGUARDING_LEAD, Role.PRACTITIONER));
        assertThat(statements).hasSize(1);
    }
}
