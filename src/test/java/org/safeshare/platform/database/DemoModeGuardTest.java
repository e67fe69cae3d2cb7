package org.safeshare.platform.database;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.safeshare.platform.DatabaseProperties;
import org.safeshare.platform.DemoProperties;

class DemoModeGuardTest {

    private static final DatabaseProperties EXTERNAL = new DatabaseProperties("jdbc:postgresql://db/safeshare", "u", "p", false, "", true, false, "");
    private static final DatabaseProperties EMBEDDED = new DatabaseProperties("", null, null, true, "./data/postgres", true, false, "");

    @Test
    void demoModeIsRefusedOnAnExternalDatabaseUnlessExplicitlyAllowed() {
        assertThatThrownBy(() -> new DemoModeGuard(EXTERNAL, new DemoProperties(true, false)).afterPropertiesSet())
                .hasMessageContaining("Demo mode is refused on an external database");
        assertThatCode(() -> new DemoModeGuard(EXTERNAL, new DemoProperties(true, true)).afterPropertiesSet()).doesNotThrowAnyException();
    }

    @Test
    void demoModeRunsOnTheEmbeddedDatabaseAndRealModeRunsAnywhere() {
        assertThatCode(() -> new DemoModeGuard(EMBEDDED, new DemoProperties(true, false)).afterPropertiesSet()).doesNotThrowAnyException();
        assertThatCode(() -> new DemoModeGuard(EXTERNAL, new DemoProperties(false, false)).afterPropertiesSet()).doesNotThrowAnyException();
    }
}
