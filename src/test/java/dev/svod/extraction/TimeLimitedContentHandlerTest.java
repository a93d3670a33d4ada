package dev.svod.extraction;

import org.apache.tika.sax.ToTextContentHandler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeLimitedContentHandlerTest {

    @Test
    void characters_beforeTheDeadline_passThrough() throws Exception {
        ToTextContentHandler text = new ToTextContentHandler();
        TimeLimitedContentHandler handler = new TimeLimitedContentHandler(text, System.nanoTime() + 60_000_000_000L);

        handler.characters("срок".toCharArray(), 0, 4);

        assertThat(text.toString()).isEqualTo("срок");
    }

    @Test
    void characters_afterTheDeadline_stopTheParse() {
        ToTextContentHandler text = new ToTextContentHandler();
        TimeLimitedContentHandler handler = new TimeLimitedContentHandler(text, System.nanoTime() - 1);

        assertThatThrownBy(() -> handler.characters("срок".toCharArray(), 0, 4))
                .isInstanceOf(TimeLimitedContentHandler.TimeLimitExceededException.class);
        assertThat(text.toString()).isEmpty();
    }
}
