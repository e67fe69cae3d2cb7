package org.safeshare.matching.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeshare.matching.domain.AgencyRecord;

class RecordCsvTest {

    @Test
    void malformedRowsAreReportedWithTheirLineNumberAndSkipped() throws IOException {
        String csv = RecordCsv.HEADER + "\n"
                + "r1,,school,,,Ava,,Smith,2015-03-04,F,LS1 1AA,\"1, High Street\"\n"
                + "r2,,school,,,Ava,,Smith,04/03/2015,F,LS1 1AA,\n"
                + "r3,,school,,,Ava,Smith,2015-03-04,F,LS1 1AA\n"
                + "r4,,school,,,\"Ava,,Smith,2015-03-04,F,LS1 1AA,\n"
                + "\n"
                + "r5,,gp,943 476 5919,,\"O'Neil \"\"Jo\"\"\",,Smith,,,,\n";
        List<AgencyRecord> records = new ArrayList<>();

        List<RecordCsv.Rejected> rejected = RecordCsv.read(new BufferedReader(new StringReader(csv)), records::add);

        assertThat(rejected).extracting(RecordCsv.Rejected::line).containsExactly(3L, 4L, 5L);
        assertThat(rejected.get(0).reason()).contains("YYYY-MM-DD");
        assertThat(rejected.get(1).reason()).contains("fields");
        assertThat(rejected.get(2).reason()).contains("quote");
        assertThat(records).extracting(AgencyRecord::recId).containsExactly("r1", "r5");
        assertThat(records.get(0).address()).isEqualTo("1, High Street");
        assertThat(records.get(0).dob()).isEqualTo(LocalDate.of(2015, 3, 4));
        assertThat(records.get(1).firstName()).isEqualTo("O'Neil \"Jo\"");
        assertThat(records.get(1).dob()).isNull();
    }

    @Test
    void aFileWithoutTheContractHeaderIsRefusedWhole() {
        assertThatThrownBy(() -> RecordCsv.read(new BufferedReader(new StringReader("id,name\n1,Ava\n")), r -> {}))
                .isInstanceOf(IOException.class).hasMessageContaining("header");
    }
}
