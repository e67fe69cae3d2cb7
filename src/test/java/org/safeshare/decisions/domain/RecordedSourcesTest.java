package org.safeshare.decisions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Decisions recorded with the older citations are shown with the public documents those citations stood for. */
class RecordedSourcesTest {

    @Test
    void anOlderCitationOfTheWorkingNotesIsShownAsThePublicDocument() {
        assertThat(RecordedSources.publicName("Seed 002, section 5 'When and how to share information' (When?)"))
                .isEqualTo("HM Government information sharing advice (2018), flowchart 'When and how to share information' (When?)");
        assertThat(RecordedSources.publicName("DPA 2018 Schedule 1 paragraph 18 (domain brief section 5)"))
                .isEqualTo("DPA 2018 Schedule 1 paragraph 18");
        assertThat(RecordedSources.publicName("DfE, Information sharing advice for safeguarding practitioners (2024), golden rule 3"
                + " (domain brief section 2)")).isEqualTo("HM Government information sharing advice (2024), golden rule 3");
        assertThat(RecordedSources.publicName("UK GDPR Article 6(1)")).isEqualTo("UK GDPR Article 6(1)");
    }

    @Test
    void anOlderReasonLosesItsWorkingNoteReferences() {
        assertThat(RecordedSources.withoutNotes("It must be freely given, specific and can be withdrawn (seed 002)."))
                .isEqualTo("It must be freely given, specific and can be withdrawn.");
    }
}
