package dev.svod.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "протокол №5 от 01.12.2021.pdf | протокол №5 от 01.12.2021.pdf",
            "../../etc/passwd              | passwd",
            "C:\\Users\\архив\\решение.docx | решение.docx",
            ".bashrc                        | bashrc",
            "..                             | protocol",
            "dir/                           | protocol",
    })
    void safe_keepsTheBaseNameOnly(String submitted, String kept) {
        assertThat(FileNames.safe(submitted)).isEqualTo(kept);
    }

    @Test
    void safe_dropsControlAndBidiCharacters_soTheNameShowsWhatTheFileIs() {
        assertThat(FileNames.safe("отчет\u202Efdp.exe")).isEqualTo("отчетfdp.exe");
        assertThat(FileNames.safe("решение\r\nX-Evil: 1\u0000.txt")).isEqualTo("решениеX-Evil: 1.txt");
        assertThat(FileNames.safe("\u200B\u200B")).isEqualTo(FileNames.UNNAMED);
    }

    @Test
    void safe_decomposedCyrillic_isComposed() {
        assertThat(FileNames.safe("и\u0306.txt")).isEqualTo("й.txt");
    }

    @Test
    void safe_longName_isShortenedKeepingItsExtension() {
        String kept = FileNames.safe("решение".repeat(100) + ".docx");

        assertThat(kept).hasSize(FileNames.MAX_LENGTH).endsWith(".docx").startsWith("решение");
    }

    @Test
    void safe_noName_isUnnamed() {
        assertThat(FileNames.safe(null)).isEqualTo(FileNames.UNNAMED);
        assertThat(FileNames.safe("   ")).isEqualTo(FileNames.UNNAMED);
    }
}
