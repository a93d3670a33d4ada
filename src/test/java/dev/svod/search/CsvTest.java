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
}
