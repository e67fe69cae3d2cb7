package org.safeshare.demo;

import java.util.List;
import java.util.Map;
import org.safeshare.organisations.Organisation;
import org.springframework.stereotype.Component;

/** Seeds the demo children and families (people module). */
@Component
class DemoPeople {

    void seed(Map<String, Organisation> organisations, List<DemoUsers.DemoUser> users) {
        // Filled in with the people module.
    }
}
