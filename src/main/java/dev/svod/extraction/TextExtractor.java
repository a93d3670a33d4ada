package dev.svod.extraction;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import io.micronaut.core.annotation.Nullable;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Extracts plain text from an uploaded original with Apache Tika. Scanned PDFs and images go through
 * Tesseract OCR with the Russian model when Tesseract is installed (Tika finds it on PATH).
 *
 * <p>Each file gets a time limit. The parse runs on a thread of its own so the upload is answered when the
 * limit passes, and a {@link TimeLimitedContentHandler} makes the parser itself stop at its next piece of
 * output; a parser stuck without output keeps only its own thread, never the request's. This is the
 * in-process extractor (tests, {@code ./svod parse}, {@code svod.extraction.isolation=in-process}); the app's
 * default runs it inside {@link ExtractionWorker} processes through {@link IsolatedExtractor}.
 */
public class TextExtractor implements Extractor {

    /** Beyond this, unpacked content is a zip bomb, not a protocol. */
    static final long MAX_COMPRESSION_RATIO = 100;
    /** XML/HTML element nesting beyond this is an attack, not a document. */
    static final int MAX_NESTING_DEPTH = 200;
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService PARSE_THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "svod-extraction-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private final AutoDetectParser parser = new AutoDetectParser();
    private final int maxCharacters;
    private final Duration timeLimit;

    public TextExtractor(int maxCharacters, Duration timeLimit) {
        this.maxCharacters = maxCharacters;
        this.timeLimit = timeLimit;
    }

    /**
     * @param fileName for messages only: the content alone decides the type, so junk named .pdf is refused
     * @throws UnsupportedFormatException when the content is not an accepted protocol format
     * @throws ExtractionFailedException  when an accepted file cannot be read
     */
    @Override
    public ExtractedText extract(byte[] bytes, String fileName) {
        Metadata metadata = new Metadata();
        try (TikaInputStream stream = TikaInputStream.get(bytes)) {
            MediaType type = parser.getDetector().detect(stream, metadata);
            String baseType = type.getBaseType().toString();
            if (MediaType.OCTET_STREAM.equals(type) && LegacyCyrillicText.looksLike(bytes)) {
                return new ExtractedText(new String(bytes, WINDOWS_1251), MediaType.TEXT_PLAIN.toString());
            }
            if (!AcceptedFormats.accepts(baseType)) {
                throw new UnsupportedFormatException(baseType);
            }
            BodyContentHandler body = new BodyContentHandler(maxCharacters);
            SecureContentHandler guarded = new SecureContentHandler(new TableRowsContentHandler(body), stream);
            guarded.setMaximumCompressionRatio(MAX_COMPRESSION_RATIO);
            guarded.setMaximumDepth(MAX_NESTING_DEPTH);
            TimeLimitedContentHandler timed = new TimeLimitedContentHandler(guarded, System.nanoTime() + timeLimit.toNanos());
            parseWithinTimeLimit(() -> {
                try {
                    parser.parse(stream, timed, metadata, parseContext());
                } catch (SAXException e) {
                    guarded.throwIfCauseOf(e);
                    throw e;
                }
                return null;
            }, fileName);
            return new ExtractedText(body.toString(), baseType, pages(metadata), ocrPages(metadata, baseType));
        } catch (TimeLimitedContentHandler.TimeLimitExceededException late) {
            throw timeLimitExceeded(fileName, late);
        } catch (WriteLimitReachedException tooLong) {
            throw new ExtractionFailedException("Текст документа длиннее " + maxCharacters + " символов.", tooLong);
        } catch (EncryptedDocumentException locked) {
            throw new ExtractionFailedException("Файл «" + fileName + "» защищён паролем; загрузите его без защиты.", locked);
        } catch (TikaException | SAXException | IOException unreadable) {
            if (causedByTimeLimit(unreadable)) {
                throw timeLimitExceeded(fileName, unreadable);
            }
            if (WriteLimitReachedException.isWriteLimitReached(unreadable)) {
                throw new ExtractionFailedException("Текст документа длиннее " + maxCharacters + " символов.", unreadable);
            }
            String cause = messagesOf(unreadable);
            if (cause.contains("Suspected zip bomb")) {
                throw new ExtractionFailedException("Файл «" + fileName + "» отклонён как опасный: " + (cause.contains("nesting")
                        ? "вложенность элементов глубже " + MAX_NESTING_DEPTH + " уровней."
                        : "распакованное содержимое больше файла в " + MAX_COMPRESSION_RATIO + "+ раз (zip-бомба)."),
                        unreadable);
            }
            // Tika's message names parser classes and objects: the log keeps it (with the cause), the person is not shown it
            throw new ExtractionFailedException("Не удалось прочитать текст файла «" + fileName
                    + "»: файл повреждён или его формат не поддерживается.", unreadable);
        }
    }

    /** What the format says: PDF's page count, or an office document's statistics. */
    private static @Nullable Integer pages(Metadata metadata) {
        Integer pages = metadata.getInt(PagedText.N_PAGES);
        return pages != null ? pages : metadata.getInt(Office.PAGE_COUNT);
    }

    /**
     * Pages whose text came from Tesseract: the PDF parser counts those it sent to OCR; an image is OCR whole.
     * Tika reports no recognition confidence (only the orientation's, with page segmentation mode 0), so none is kept.
     */
    private static int ocrPages(Metadata metadata, String baseType) {
        Integer pdf = metadata.getInt(PDF.OCR_PAGE_COUNT);
        if (pdf != null) {
            return pdf;
        }
        return baseType.startsWith("image/") && metadata.get("X-TIKA:Parsed-By") != null
                && String.join(" ", metadata.getValues("X-TIKA:Parsed-By")).contains("TesseractOCRParser") ? 1 : 0;
    }

    private interface Parse {
        Void run() throws IOException, SAXException, TikaException;
    }

    private void parseWithinTimeLimit(Parse parse, String fileName) throws IOException, SAXException, TikaException {
        Future<Void> running = PARSE_THREADS.submit(parse::run);
        try {
            running.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            running.cancel(true);
            throw timeLimitExceeded(fileName, late);
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("Extraction of " + fileName + " interrupted", e);
        } catch (ExecutionException e) {
            Throwable failure = e.getCause();
            if (failure instanceof IOException io) {
                throw io;
            } else if (failure instanceof SAXException sax) {
                throw sax;
            } else if (failure instanceof TikaException tika) {
                throw tika;
            } else if (failure instanceof RuntimeException runtime) {
                throw runtime;
            } else if (failure instanceof Error error) {
                throw error;
            }
            throw new IOException(failure);
        }
    }

    private ExtractionFailedException timeLimitExceeded(String fileName, Exception cause) {
        return timeLimitExceeded(fileName, timeLimit, cause);
    }

    static ExtractionFailedException timeLimitExceeded(String fileName, Duration timeLimit, Exception cause) {
        return new ExtractionFailedException("Текст файла «" + fileName + "» не извлечён за " + spoken(timeLimit)
                + " (предел времени на один файл); файл отклонён. Если это большой скан, разделите его на части.", cause);
    }

    private static String spoken(Duration duration) {
        return duration.toMillis() < 1000 ? duration.toMillis() + " мс" : duration.toSeconds() + " с";
    }

    /** Parsers wrap what a handler threw, often more than once. */
    private static boolean causedByTimeLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeLimitedContentHandler.TimeLimitExceededException) {
                return true;
            }
        }
        return false;
    }

    /** The parsers wrap what the guard threw; its verdict is somewhere down the chain. */
    private static String messagesOf(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null && messages.length() < 10_000; t = t.getCause() == t ? null : t.getCause()) {
            messages.append(t.getMessage()).append(" / ");
        }
        return messages.toString();
    }

    /** A fresh context per file: the configs are mutable. OCR only pages that have no text layer. */
    private ParseContext parseContext() {
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setLanguage("rus+eng");
        ocr.setTimeoutSeconds((int) Math.max(1, timeLimit.toSeconds()));
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, ocr);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }
}
