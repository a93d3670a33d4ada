package dev.svod.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class RawUtf8UrisTest {

    /** What Netty hands over for raw UTF-8 on the request line: each byte as one ISO-8859-1 char. */
    private static String asNettyReadsIt(String uri) {
        return new String(uri.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void percentEncode_rawUtf8Query_becomesTheBrowsersForm() {
        String fixed = RawUtf8Uris.percentEncodeNonAscii(asNettyReadsIt("/api/search/decisions?q=наставник"));

        assertThat(fixed).isEqualTo("/api/search/decisions?q=%D0%BD%D0%B0%D1%81%D1%82%D0%B0%D0%B2%D0%BD%D0%B8%D0%BA");
    }

    @Test
    void percentEncode_asciiUri_isLeftAsItIs() {
        String uri = "/api/search/decisions?q=%D0%BD&region=x";

        assertThat(RawUtf8Uris.percentEncodeNonAscii(uri)).isSameAs(uri);
    }

    @Test
    void percentEncode_spaces_areEncodedToo() {
        assertThat(RawUtf8Uris.percentEncodeNonAscii("/a?q=a b")).isEqualTo("/a?q=a%20b");
    }
}
