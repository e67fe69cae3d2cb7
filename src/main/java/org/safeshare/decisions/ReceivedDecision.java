package org.safeshare.decisions;

import java.util.Optional;
import org.safeshare.people.PersonIdentity;

/**
 * A decision (as the list shows it) with whom it is about, as the organisation that received the information sees it: a recipient
 * acts on information only if it knows whom it concerns (accurate information, HM Government information sharing advice
 * 2018, golden rule 6; the NHS number is the consistent identifier of Children Act 2004 s16LC).
 */
public record ReceivedDecision(DecisionSummary record, Optional<PersonIdentity> person) {}
