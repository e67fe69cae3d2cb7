package org.safeshare.decisions.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * "Back" after "Record the decision" asks again for a page of a journey that is over: it shows the decision recorded
 * (whose page checks, as always, that the user may see it) rather than a bare "page not found".
 */
@ControllerAdvice(basePackageClasses = FinishedJourneys.class)
class FinishedJourneys {

    @ExceptionHandler(Drafts.FinishedJourney.class)
    String showTheRecord(Drafts.FinishedJourney finished) {
        return "redirect:/decisions/" + finished.recorded();
    }
}
