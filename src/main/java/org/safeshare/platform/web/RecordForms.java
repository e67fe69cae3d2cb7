package org.safeshare.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Forms of the controllers marked {@link Bound} bind to a record per form, through its constructor only: a posted
 * field the record does not name is ignored, never set on anything (mass assignment), as with an allow-list.
 */
@ControllerAdvice(annotations = RecordForms.Bound.class)
public class RecordForms {

    RecordForms() {}

    @InitBinder
    void constructorOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    /** A controller whose forms are records, bound through their constructors only. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Bound {}
}
