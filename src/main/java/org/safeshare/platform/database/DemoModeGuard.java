package org.safeshare.platform.database;

import org.safeshare.platform.DatabaseProperties;
import org.safeshare.platform.DemoProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** Refuses to start demo mode against an external (possibly live) database unless explicitly allowed. */
@Component
class DemoModeGuard implements InitializingBean {

    private final DatabaseProperties database;
    private final DemoProperties demo;

    DemoModeGuard(DatabaseProperties database, DemoProperties demo) {
        this.database = database;
        this.demo = demo;
    }

    @Override
    public void afterPropertiesSet() {
        if (demo.enabled() && database.external() && !demo.allowExternalDatabase()) {
            throw new IllegalStateException("Demo mode is refused on an external database (SAFESHARE_DATABASE_URL is set). "
                    + "Start with SPRING_PROFILES_ACTIVE=production, or set SAFESHARE_DEMO_ALLOW_EXTERNAL_DATABASE=true "
                    + "if this database is only for demonstration.");
        }
    }
}
