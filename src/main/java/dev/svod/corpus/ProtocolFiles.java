package dev.svod.corpus;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A protocol's text as the files archivists receive: TXT in UTF-8, DOCX with one paragraph per line (12 pt,
 * so ten pages hold about 20,000 characters) and PDF on A4 hard-wrapped like a real PDF's extracted text.
 * Every timestamp and file id is fixed, so the same text gives byte-identical files.
 */
public final class ProtocolFiles {

    public static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    /** 2020-01-01T00:00:00Z, in every place a format records a time. */
    private static final long FIXED_MILLIS = 1_577_836_800_000L;
    private static final int PDF_LINE_WIDTH = 90;
    private static final int PDF_LINES_PER_PAGE = 60;

    private ProtocolFiles() {
    }

    public static byte[] render(String text, ProtocolFormat format) {
        return switch (format) {
            case TXT -> text.getBytes(StandardCharsets.UTF_8);
            case DOCX -> docx(text);
            case PDF -> pdf(text);
        };
    }

    public static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setCreated(Optional.of(fixedDate()));
            doc.getProperties().getCoreProperties().setModified(Optional.of(fixedDate()));
            for (String line : text.split("\\R")) {
                XWPFRun run = doc.createParagraph().createRun();
                run.setFontSize(12);
                run.setText(line);
            }
            doc.write(out);
            return withFixedZipTimes(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4 pages with the text hard-wrapped at the page width, as PDF extraction will hand it back. */
    public static byte[] pdf(String text) {
        if (!Files.isReadable(FONT)) {
            throw new IllegalStateException(FONT + " is missing: install Debian's fonts-dejavu-core (./svod does)");
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            List<String> lines = wrap(text, PDF_LINE_WIDTH);
            for (int start = 0; start < lines.size(); start += PDF_LINES_PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(12);
                    content.newLineAtOffset(40, 800);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + PDF_LINES_PER_PAGE))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            Calendar fixed = fixedCalendar();
            doc.getDocumentInformation().setCreationDate(fixed);
            doc.getDocumentInformation().setModificationDate(fixed);
            // without an /ID PDFBox derives one from the clock
            COSArray id = new COSArray();
            id.add(new COSString("svod-corpus".getBytes(StandardCharsets.US_ASCII)));
            id.add(new COSString("svod-corpus".getBytes(StandardCharsets.US_ASCII)));
            doc.getDocument().getTrailer().setItem(COSName.ID, id);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text hard-wrapped at a width, as PDF extraction hands it back. */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\t", " ").split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (line.length() + word.length() + 1 > width && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** POI stamps zip entries with the current time; rewriting them with one fixed time makes the bytes repeatable. */
    private static byte[] withFixedZipTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(FIXED_MILLIS);
                rewritten.putNextEntry(copy);
                in.transferTo(rewritten);
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static java.util.Date fixedDate() {
        return new java.util.Date(FIXED_MILLIS);
    }

    private static Calendar fixedCalendar() {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(FIXED_MILLIS);
        return calendar;
    }
}
