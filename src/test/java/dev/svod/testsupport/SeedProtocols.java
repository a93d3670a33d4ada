package dev.svod.testsupport;

import dev.svod.corpus.ProtocolFiles;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The seed protocols (src/test/resources/protocols) as text, and rendered as DOCX and PDF the way archivists get them. */
public final class SeedProtocols {

    public static final List<String> NAMES = List.of(
            "amur-oblast_2021-03-30_soveshchanie-gubernatora",
            "khabarovsk-krai_2020-10-23_sovet-protokol",
            "khabarovsk-krai_2021-06-03_sovet-protokol-proekt",
            "municipal_2021-12-16_gms-reshenie",
            "smolensk-oblast_2021-12-09_kollegiya-reshenie");

    private static final Path FONT = ProtocolFiles.FONT;

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
        return ProtocolFiles.docx(text(name));
    }

    /** A4 pages with the text hard-wrapped at the page width, as PDF extraction will hand it back. */
    public static byte[] pdf(String name) {
        return ProtocolFiles.pdf(text(name));
    }

    /**
     * Word 97-2003 (.doc), which nothing in Java writes: LibreOffice converts the DOCX rendering
     * (Debian's libreoffice-writer-nogui, installed by ./svod test).
     */
    public static byte[] doc(String name) {
        try {
            Path dir = Files.createTempDirectory("svod-doc");
            Path docx = dir.resolve(name + ".docx");
            Files.write(docx, docx(name));
            Process soffice = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("profile"),
                    "--convert-to", "doc", "--outdir", dir.toString(), docx.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            if (!soffice.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) || soffice.exitValue() != 0) {
                throw new IllegalStateException("soffice could not convert " + docx + ": " + Files.readString(dir.resolve("soffice.log")));
            }
            return Files.readAllBytes(dir.resolve(name + ".doc"));
        } catch (IOException e) {
            throw new UncheckedIOException("soffice is needed for .doc fixtures: install Debian's libreoffice-writer-nogui", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static byte[] txtWindows1251(String name) {
        return text(name).getBytes(java.nio.charset.Charset.forName("windows-1251"));
    }

    public static byte[] html(String name) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\">"
                + "<title>Протокол</title></head><body>\n");
        for (String line : text(name).split("\\R")) {
            html.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append("</p>\n");
        }
        return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** RTF as word processors write Cyrillic: ASCII as is, the rest as {@code \\uN?} escapes. */
    public static byte[] rtf(String name) {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24\n");
        for (String line : text(name).split("\\R")) {
            for (char c : line.toCharArray()) {
                if (c == '\\' || c == '{' || c == '}') {
                    rtf.append('\\').append(c);
                } else if (c < 128) {
                    rtf.append(c);
                } else {
                    rtf.append("\\u").append((int) (short) c).append('?');
                }
            }
            rtf.append("\\par\n");
        }
        return rtf.append('}').toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A minimal OpenDocument text: the mimetype entry first and stored, a manifest, one paragraph per line. */
    public static byte[] odt(String name) {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>");
        for (String line : text(name).split("\\R")) {
            content.append("<text:p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</text:p>");
        }
        content.append("</office:text></office:body></office:document-content>");
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry("mimetype");
            entry.setMethod(java.util.zip.ZipEntry.STORED);
            entry.setSize(mimetype.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write(content.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A scan: the given lines rendered to a 200 dpi greyscale image with no text layer, one A4 page,
     * as a PDF. Only OCR can read it.
     */
    public static byte[] scannedPdf(List<String> lines) {
        int dpi = 200;
        int width = (int) (8.27 * dpi);
        int height = (int) (11.69 * dpi);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(java.awt.Color.BLACK);
            g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, FONT.toFile()).deriveFont(30f));
            int y = 120;
            for (String line : lines) {
                g.drawString(line, 100, y);
                y += 48;
            }
        } catch (java.awt.FontFormatException | IOException e) {
            throw new IllegalStateException("Cannot load " + FONT, e);
        } finally {
            g.dispose();
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject xObject =
                    org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(xObject, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text hard-wrapped at a width, as PDF extraction hands it back. */
    public static List<String> wrap(String text, int width) {
        return ProtocolFiles.wrap(text, width);
    }
}
