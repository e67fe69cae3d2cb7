package org.safeshare.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One setting of a provision's commencement date (none: withdrawn), the regulations it follows, and who entered it. */
public record CommencementSetting(Provision provision, Optional<LocalDate> commencesOn, String madeBy, String setByName, Instant setAt) {}
