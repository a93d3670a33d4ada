package dev.svod.search;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void bytes_startWithUtf8ByteOrderMark() {
        byte[] bytes = new Csv().row(List.of("Регион")).bytes();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFРегион\r\n");
    }

    @Test
    void row_quotesCommasQuotesAndLineBreaks_leavesNullEmpty() {
        String csv = new String(new Csv().row(Arrays.asList("а,б", "«500+» \"Педкластер27\"", "две\nстроки", null, 3))
                .bytes(), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFF\"а,б\",\"«500+» \"\"Педкластер27\"\"\",\"две\nстроки\",,3\r\n");
    }

    @Test
    void row_cellsSpreadsheetsWouldRunAsFormulas_prefixedWithApostrophe() {
        String csv = new String(new Csv().row(Arrays.asList("=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-2+3", "@SUM(A1)",
                "\tтаб", "\rвозврат", "1. Утвердить = план")).bytes(), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFF\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1+2,'-2+3,'@SUM(A1),'\tтаб,"
                + "\"'\rвозврат\",1. Утвердить = план\r\n");
    }

    @Test
    void row_negativeNumber_staysANumber() {
        String csv = new String(new Csv().row(Arrays.asList(-3, "-3")).bytes(), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFF-3,'-3\r\n");
    }
}
