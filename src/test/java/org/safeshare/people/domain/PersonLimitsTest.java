package org.safeshare.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A person's lists are capped, so one request cannot store an unbounded record. */
class PersonLimitsTest {

    @Test
    void moreThanTwentyOtherNamesAreRefusedOnTheirField() {
        List<OtherName> names = IntStream.range(0, 21).mapToObj(i -> new OtherName(OtherName.Kind.values()[0], "Ava" + i, "Thompson")).toList();
        PersonDraft draft = new PersonDraft(PersonKind.CHILD, "Ava", "Thompson", LocalDate.of(2015, 3, 27), null, Sex.FEMALE, null, null,
                names, null, null, null, null);
        assertThat(PersonRules.problemsWith(draft, LocalDate.of(2026, 5, 14))).containsEntry("otherNames", "Record at most 20 other names");
    }
}
