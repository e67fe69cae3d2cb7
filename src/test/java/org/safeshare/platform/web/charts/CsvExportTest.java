package org.safeshare.platform.web.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as RFC 4180 writes it, never read as a formula by a spreadsheet, downloaded under a safe name. */
class CsvExportTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndLinesEndInCrLf() {
        assertThat(CsvExport.csv(List.of("Organisation", "Count"), List.of(List.of("Smith, Jones & Co", "3"), List.of("The \"Hub\"", "1"),
                List.of("Two\nlines", "0")))).isEqualTo("Organisation,Count\r\n\"Smith, Jones & Co\",3\r\n\"The \"\"Hub\"\"\",1\r\n\"Two\nlines\",0\r\n");
    }

    @Test
    void aCellAFormulaCouldStartIsWrittenAsText() {
        assertThat(CsvExport.field("=HYPERLINK(\"http://evil.example\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
        assertThat(CsvExport.field("+1+1")).isEqualTo("'+1+1");
        assertThat(CsvExport.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.field("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvExport.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvExport.field("-4")).as("a negative number stays a number").isEqualTo("-4");
        assertThat(CsvExport.field(null)).isEmpty();
    }

    @Test
    void theFileNameKeepsOnlyLettersDigitsAndHyphens() {
        assertThat(CsvExport.fileName("../Overdue actions\r\n; by=org\"", LocalDate.of(2026, 12, 1)))
                .isEqualTo("safeshare-overdue-actions-by-org-2026-12-01.csv");
        assertThat(CsvExport.fileName("***", LocalDate.of(2026, 12, 1))).isEqualTo("safeshare-export-2026-12-01.csv");
    }

    @Test
    void aDownloadIsAnAttachmentOfTextCsvThatIsNotCached() {
        var response = CsvExport.download("overdue", "a,b\r\n", LocalDate.of(2026, 12, 1));
        assertThat(response.getHeaders().getFirst("Content-Disposition")).isEqualTo("attachment; filename=\"safeshare-overdue-2026-12-01.csv\"");
        assertThat(response.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
    }

    @Test
    void aChartsCsvHasItsHeadingsAndOneRowPerBar() {
        BarChart chart = new BarChart("x", "T", "Week", "Open actions", List.of(new BarChart.Bar("Week of 30 November 2026", 2)));
        assertThat(CsvExport.of(chart)).isEqualTo("Week,Open actions\r\nWeek of 30 November 2026,2\r\n");
    }
}
