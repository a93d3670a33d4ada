package dev.svod.extraction;

import dev.svod.testsupport.SeedProtocols;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Extraction in worker processes: the same answers as in-process, and a worker that dies costs one file only. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolatedExtractorTest {

    private static final String SMOLENSK = "smolensk-oblast_2021-12-09_kollegiya-reshenie";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final TextExtractor inProcess = new TextExtractor(20_000_000, Duration.ofMinutes(2));
    private final IsolatedExtractor isolated = new IsolatedExtractor(settings(Duration.ofMinutes(2), "512m"));

    private static ExtractionSettings settings(Duration timeLimit, String heap) {
        return new ExtractionSettings(20_000_000, timeLimit, "process", 1, heap);
    }

    @AfterAll
    void stopWorkers() {
        isolated.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.svod.extraction.TextExtractorTest#formats")
    void extract_seedInEachFormat_sameTextTypeAndPagesAsInProcess(String format, String type, Function<String, byte[]> render) {
        byte[] bytes = render.apply(SMOLENSK);

        assertThat(isolated.extract(bytes, "protocol.bin")).isEqualTo(inProcess.extract(bytes, "protocol.bin"));
    }

    @Test
    void extract_hostileFiles_sameRefusalsAsInProcess() {
        byte[] zipBomb = BadFiles.zipBombDocx();
        byte[] junk = "\u0000\u0001\u0002 not a protocol".getBytes(StandardCharsets.ISO_8859_1);

        for (byte[] bytes : new byte[][] {zipBomb, junk}) {
            Throwable expected = catchFrom(() -> inProcess.extract(bytes, "bad.docx"));
            assertThatThrownBy(() -> isolated.extract(bytes, "bad.docx"))
                    .isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
        }
    }

    @Test
    void extract_workerOutOfMemory_refusesTheFileAndTheNextFileGetsAFreshWorker() {
        try (IsolatedExtractor small = new IsolatedExtractor(settings(Duration.ofMinutes(2), "48m"))) {
            byte[] huge = "решение коллегии о наставничестве ".repeat(400_000).getBytes(StandardCharsets.UTF_8);

            assertThatThrownBy(() -> small.extract(huge, "huge.txt"))
                    .isInstanceOf(ExtractionFailedException.class)
                    .hasMessageContaining("не хватило памяти").hasMessageContaining("48m");
            assertThat(small.extract(SeedProtocols.docx(SMOLENSK), "next.docx").contentType()).isEqualTo(DOCX);
        }
    }

    @Test
    void extract_workerKilledMidExtraction_answersUnavailableAndTheNextFileGetsAFreshWorker() throws Exception {
        byte[] large = "решение коллегии о наставничестве ".repeat(300_000).getBytes(StandardCharsets.UTF_8);
        CompletableFuture<ExtractedText> reading = CompletableFuture.supplyAsync(() -> isolated.extract(large, "large.txt"));
        ProcessHandle worker = await().atMost(Duration.ofSeconds(30)).until(isolated::busyWorker, w -> w.isPresent()).orElseThrow();

        worker.destroyForcibly();

        assertThatThrownBy(reading::get).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ExtractionUnavailableException.class).hasMessageContaining("large.txt");
        assertThat(isolated.extract(SeedProtocols.docx(SMOLENSK), "next.docx").contentType()).isEqualTo(DOCX);
    }

    @Test
    void extract_workerPastTheTimeLimit_isKilledAndTheFileRefusedWithTheLimitInMessage() {
        try (IsolatedExtractor hurried = new IsolatedExtractor(settings(Duration.ofMinutes(2), "512m"), Duration.ofMillis(300))) {
            byte[] html = ("<html><body>" + "<p>решение о наставничестве</p>".repeat(200_000) + "</body></html>")
                    .getBytes(StandardCharsets.UTF_8);

            assertThatThrownBy(() -> hurried.extract(html, "slow.html"))
                    .isInstanceOf(ExtractionFailedException.class)
                    .hasMessageContaining("slow.html").hasMessageContaining("120 с");
            assertThat(hurried.busyWorker()).isEmpty();
        }
    }

    private static Throwable catchFrom(Runnable extraction) {
        try {
            extraction.run();
        } catch (RuntimeException refused) {
            return refused;
        }
        throw new AssertionError("expected a refusal");
    }
}
