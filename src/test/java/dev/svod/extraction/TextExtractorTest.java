package dev.svod.extraction;

import dev.svod.testsupport.SeedProtocols;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextExtractorTest {

    private static final String SMOLENSK = "smolensk-oblast_2021-12-09_kollegiya-reshenie";

    private final TextExtractor extractor = new TextExtractor(20_000_000, Duration.ofMinutes(2));

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("txt", "text/plain", (Function<String, byte[]>) SeedProtocols::txt),
                Arguments.of("txt (windows-1251)", "text/plain", (Function<String, byte[]>) SeedProtocols::txtWindows1251),
                Arguments.of("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        (Function<String, byte[]>) SeedProtocols::docx),
                Arguments.of("pdf", "application/pdf", (Function<String, byte[]>) SeedProtocols::pdf),
                Arguments.of("doc", "application/msword", (Function<String, byte[]>) SeedProtocols::doc),
                Arguments.of("html", "text/html", (Function<String, byte[]>) SeedProtocols::html),
                Arguments.of("rtf", "application/rtf", (Function<String, byte[]>) SeedProtocols::rtf),
                Arguments.of("odt", "application/vnd.oasis.opendocument.text", (Function<String, byte[]>) SeedProtocols::odt));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void extract_seedInEachFormat_detectsTypeByContentAndKeepsCyrillic(String format, String type,
                                                                       Function<String, byte[]> render) {
        ExtractedText extracted = extractor.extract(render.apply(SMOLENSK), "protocol.bin");

        assertThat(extracted.contentType()).isEqualTo(type);
        String text = extracted.text().replaceAll("\\s+", " ");
        assertThat(text).contains("Департамента Смоленской области по образованию и науке")
                .contains("Срок: февраль 2022 года")
                .contains("наставничества");
    }

    @Test
    void extract_scannedPdfWithoutTextLayer_readsRussianByOcr() {
        List<String> lines = List.of("РЕШЕНИЕ КОЛЛЕГИИ", "1. Разработать программы наставничества.",
                "Срок: до 01.09.2022", "2. Провести мониторинг качества образования.");

        ExtractedText extracted = extractor.extract(SeedProtocols.scannedPdf(lines), "scan.pdf");

        assertThat(extracted.contentType()).isEqualTo("application/pdf");
        assertThat(extracted.text()).contains("РЕШЕНИЕ КОЛЛЕГИИ").contains("наставничества").contains("01.09.2022");
    }

    @Test
    void extract_scannedPdf_countsItsPagesAndThoseReadByOcr() {
        ExtractedText scan = extractor.extract(SeedProtocols.scannedPdf(List.of("ПРОТОКОЛ", "1. Утвердить план.")), "scan.pdf");

        assertThat(scan.pages()).isEqualTo(1);
        assertThat(scan.ocrPages()).isEqualTo(1);
    }

    @Test
    void extract_pdfWithTextLayer_countsPagesAndNoOcr() {
        ExtractedText text = extractor.extract(SeedProtocols.pdf("smolensk-oblast_2021-12-09_kollegiya-reshenie"), "s.pdf");

        assertThat(text.pages()).isPositive();
        assertThat(text.ocrPages()).isZero();
    }

    @Test
    void extract_randomBytesNamedPdf_isRefusedByContent() {
        byte[] junk = new byte[2048];
        new Random(1).nextBytes(junk);

        assertThatThrownBy(() -> extractor.extract(junk, "protocol.pdf"))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("application/octet-stream");
    }

    @Test
    void extract_truncatedPdf_failsWithReadableMessage() {
        byte[] pdf = SeedProtocols.pdf(SMOLENSK);
        byte[] truncated = java.util.Arrays.copyOf(pdf, 600);

        assertThatThrownBy(() -> extractor.extract(truncated, "cut.pdf"))
                .isInstanceOf(ExtractionFailedException.class)
                .hasMessageContaining("cut.pdf");
    }

    @Test
    void extract_passwordProtectedPdf_saysSo() throws Exception {
        byte[] locked;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(SeedProtocols.pdf(SMOLENSK));
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            doc.protect(new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "user",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission()));
            doc.save(out);
            locked = out.toByteArray();
        }

        assertThatThrownBy(() -> extractor.extract(locked, "locked.pdf"))
                .isInstanceOf(ExtractionFailedException.class)
                .hasMessageContaining("защищён паролем");
    }

    @Test
    void extract_zipBombDocx_isRefusedAsDangerous() {
        byte[] bomb = BadFiles.zipBombDocx();

        assertThatThrownBy(() -> extractor.extract(bomb, "bomb.docx"))
                .isInstanceOf(ExtractionFailedException.class)
                .hasMessageContaining("zip-бомба");
    }

    @Test
    void extract_deeplyNestedHtml_isReadWithoutExhaustingTheStack() {
        byte[] html = ("<html><head><meta charset=\"utf-8\"></head><body>" + "<div>".repeat(20_000) + "текст решения" + "</div>".repeat(20_000) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(extractor.extract(html, "deep.html").text()).contains("текст решения");
    }

    @Test
    void extract_textOverTheLimit_failsWithLimitInMessage() {
        TextExtractor small = new TextExtractor(100, Duration.ofMinutes(2));

        assertThatThrownBy(() -> small.extract("слово ".repeat(100).getBytes(StandardCharsets.UTF_8), "long.txt"))
                .isInstanceOf(ExtractionFailedException.class)
                .hasMessageContaining("100");
    }

    @Test
    void extract_fileSlowerThanTheTimeLimit_failsWithTheLimitInMessageAndItsParseStops() {
        TextExtractor hurried = new TextExtractor(20_000_000, Duration.ofMillis(50));
        byte[] html = ("<html><body>" + "<p>решение о наставничестве</p>".repeat(200_000) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> hurried.extract(html, "slow.html"))
                .isInstanceOf(ExtractionFailedException.class)
                .hasMessageContaining("50 мс");
        await().atMost(Duration.ofSeconds(10)).until(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().startsWith("svod-extraction") && t.getState() == Thread.State.RUNNABLE));
    }
}
