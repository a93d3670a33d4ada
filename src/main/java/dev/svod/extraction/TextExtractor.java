package dev.svod.extraction;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
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

/**
 * Extracts plain text from an uploaded original with Apache Tika. Scanned PDFs and images go through
 * Tesseract OCR with the Russian model when Tesseract is installed (Tika finds it on PATH).
 */
@Singleton
public class TextExtractor {

    private static final int OCR_TIMEOUT_SECONDS = 300;
    /** Beyond this, unpacked content is a zip bomb, not a protocol. */
    static final long MAX_COMPRESSION_RATIO = 100;
    /** XML/HTML element nesting beyond this is an attack, not a document. */
    static final int MAX_NESTING_DEPTH = 200;
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private final AutoDetectParser parser = new AutoDetectParser();
    private final int maxCharacters;

    public TextExtractor(@Value("${svod.extraction.max-characters:20000000}") int maxCharacters) {
        this.maxCharacters = maxCharacters;
    }

    /**
     * @param fileName for messages only: the content alone decides the type, so junk named .pdf is refused
     * @throws UnsupportedFormatException when the content is not an accepted protocol format
     * @throws ExtractionFailedException  when an accepted file cannot be read
     */
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
            SecureContentHandler guarded = new SecureContentHandler(body, stream);
            guarded.setMaximumCompressionRatio(MAX_COMPRESSION_RATIO);
            guarded.setMaximumDepth(MAX_NESTING_DEPTH);
            try {
                parser.parse(stream, guarded, metadata, parseContext());
            } catch (SAXException e) {
                guarded.throwIfCauseOf(e);
                throw e;
            }
            return new ExtractedText(body.toString(), baseType);
        } catch (WriteLimitReachedException tooLong) {
            throw new ExtractionFailedException("Текст документа длиннее " + maxCharacters + " символов.", tooLong);
        } catch (EncryptedDocumentException locked) {
            throw new ExtractionFailedException("Файл «" + fileName + "» защищён паролем; загрузите его без защиты.", locked);
        } catch (TikaException | SAXException | IOException unreadable) {
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
            throw new ExtractionFailedException("Не удалось прочитать текст файла «" + fileName + "»: "
                    + unreadable.getMessage(), unreadable);
        }
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
    private static ParseContext parseContext() {
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setLanguage("rus+eng");
        ocr.setTimeoutSeconds(OCR_TIMEOUT_SECONDS);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, ocr);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }
}
