package dev.svod.ingest;

import dev.svod.access.Role;
import dev.svod.extraction.BadFiles;
import dev.svod.testsupport.IntegrationTest;
import dev.svod.testsupport.SeedProtocols;
import dev.svod.testsupport.SvodApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A corpus of hostile and broken files: each gets a 4xx with a message, nothing is half-stored, Svod keeps serving. */
@MicronautTest
class BadFilesIT extends IntegrationTest {

    /** A qualified Java name as a message would leak it: {@code org.apache.tika.parser.microsoft.ooxml.OOXMLParser}. */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*");

    private static final String SEED = "smolensk-oblast_2021-12-09_kollegiya-reshenie";

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void everyBadFile_answers4xxJsonWithoutClassNames_storesNothing_andSvodKeepsServing() throws Exception {
        SvodApi api = as(Role.ARCHIVIST);
        Map<String, byte[]> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(30);

        for (Map.Entry<String, byte[]> file : corpus.entrySet()) {
            SvodApi.Answer answer = api.upload(file.getKey(), file.getValue(), Map.of());

            assertThat(answer.status()).as(file.getKey()).isBetween(400, 499);
            assertThat((String) answer.body().get("error")).as(file.getKey()).isNotBlank();
            assertThat((String) answer.body().get("message")).as(file.getKey()).isNotBlank()
                    .doesNotContainPattern(JAVA_NAME).doesNotContain("Exception", "\tat ", "java.", "org.apache", "@");
            assertThat(api.get("/api/protocols/" + sha256(file.getValue())).status()).as(file.getKey()).isEqualTo(404);
        }
        assertThat(((Number) api.searchDecisions("", Map.of()).body().get("total")).longValue()).isZero();
        assertThat(api.get("/health").status()).isEqualTo(200);
        assertThat(api.upload(SEED + ".txt", SeedProtocols.txt(SEED), Map.of()).status()).isEqualTo(201);
    }

    private static Map<String, byte[]> corpus() throws IOException {
        Random random = new Random(42);
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] pdf = SeedProtocols.pdf(SEED);
        byte[] docx = SeedProtocols.docx(SEED);
        files.put("empty.pdf", new byte[0]);
        files.put("spaces.txt", "   \n\t  \n".getBytes(StandardCharsets.UTF_8));
        files.put("newline.txt", "\n".getBytes(StandardCharsets.UTF_8));
        files.put("junk.pdf", randomBytes(random, 4096));
        files.put("junk.docx", randomBytes(random, 8192));
        files.put("junk-named.txt", randomBytes(random, 1000));
        files.put("truncated.pdf", Arrays.copyOf(pdf, 600));
        files.put("header-only.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        files.put("zero-pages.pdf", zeroPagePdf());
        files.put("encrypted.pdf", encrypted(pdf));
        files.put("zip-bomb.docx", BadFiles.zipBombDocx());
        files.put("archive.zip", zip(Map.of("protocol.txt", SeedProtocols.txt(SEED))));
        files.put("truncated.docx", Arrays.copyOf(docx, 1000));
        files.put("broken-xml.docx", brokenDocx());
        files.put("no-text.docx", emptyDocx());
        files.put("program.elf", withMagic(new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1}, random));
        files.put("program.exe", withMagic(new byte[]{'M', 'Z', (byte) 0x90, 0}, random));
        files.put("Main.class", withMagic(new byte[]{(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, random));
        files.put("scan.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        files.put("scan.jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0});
        files.put("picture.gif", "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));
        files.put("data.gz", gzip(SeedProtocols.txt(SEED)));
        files.put("drawing.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>1. Утвердить</text></svg>".getBytes(StandardCharsets.UTF_8));
        files.put("data.xml", "<?xml version=\"1.0\"?><root><item>решение</item></root>".getBytes(StandardCharsets.UTF_8));
        files.put("song.mp3", withMagic(new byte[]{'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0}, random));
        files.put("invalid-utf8.txt", invalidUtf8(random));
        files.put("script-only.html", "<html><head><script>alert(1)</script></head><body></body></html>".getBytes(StandardCharsets.UTF_8));
        files.put("object-only.rtf", "{\\rtf1\\ansi{\\object\\objemb{\\*\\objdata 01050000020000000b0000004571756174696f6e2e3300}}}".getBytes(StandardCharsets.US_ASCII));
        files.put("broken.odt", zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII),
                "content.xml", "<office:document-content".getBytes(StandardCharsets.UTF_8))));
        files.put("one-giant-line.txt", "а".repeat(21_000_000).getBytes(StandardCharsets.UTF_8));
        files.put("spreadsheet.xlsx", zip(Map.of("[Content_Types].xml",
                ("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/xl/workbook.xml\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8),
                "xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8))));
        return files;
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] withMagic(byte[] magic, Random random) {
        byte[] bytes = randomBytes(random, 2048);
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    private static byte[] invalidUtf8(Random random) {
        byte[] bytes = new byte[3000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 7 == 0 ? 0x01 + random.nextInt(8) : 0x80 + random.nextInt(0x40));
        }
        return bytes;
    }

    private static byte[] zeroPagePdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] encrypted(byte[] pdf) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] brokenDocx() throws IOException {
        return docxWithBody("<w:p><w:r><w:t>1. Утвердить план</w:t></w:r><w:p><w:broken");
    }

    private static byte[] emptyDocx() throws IOException {
        return docxWithBody("<w:p/>");
    }

    private static byte[] docxWithBody(String body) throws IOException {
        return zip(Map.of(
                "[Content_Types].xml", ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                        .getBytes(StandardCharsets.UTF_8),
                "_rels/.rels", ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                        .getBytes(StandardCharsets.UTF_8),
                "word/document.xml", ("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                        + body).getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
