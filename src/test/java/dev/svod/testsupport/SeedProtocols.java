package dev.svod.testsupport;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The seed protocols (src/test/resources/protocols) as text, and rendered as DOCX and PDF the way archivists get them. */
public final class SeedProtocols {

    public static final List<String> NAMES = List.of(
            "amur-oblast_2021-03-30_soveshchanie-gubernatora",
            "khabarovsk-krai_2020-10-23_sovet-protokol",
            "khabarovsk-krai_2021-06-03_sovet-protokol-proekt",
            "municipal_2021-12-16_gms-reshenie",
            "smolensk-oblast_2021-12-09_kollegiya-reshenie");

    private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private SeedProtocols() {
    }

    public static String text(String name) {
        try (InputStream in = SeedProtocols.class.getResourceAsStream("/protocols/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("No seed protocol " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] txt(String name) {
        return text(name).getBytes(StandardCharsets.UTF_8);
    }

    /** One paragraph per line of the seed text. */
    public static byte[] docx(String name) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text(name).split("\\R")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4 pages with the text hard-wrapped at the page width, as PDF extraction will hand it back. */
    public static byte[] pdf(String name) {
        if (!Files.isReadable(FONT)) {
            throw new IllegalStateException(FONT + " is missing: install Debian's fonts-dejavu-core (./svod test does)");
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            List<String> lines = wrap(text(name), 90);
            int perPage = 60;
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(12);
                    content.newLineAtOffset(40, 800);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String text, int width) {
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
}
