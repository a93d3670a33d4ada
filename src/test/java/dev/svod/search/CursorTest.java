package dev.svod.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {

    @Test
    void encode_thenDecode_givesTheSameTypedValues() {
        List<FieldValue> values = List.of(FieldValue.of(12.5), FieldValue.of(1640995200000L),
                FieldValue.of("abc-3"), FieldValue.NULL);

        List<FieldValue> decoded = Cursor.decode(Cursor.encode(values));

        assertThat(decoded).hasSize(4);
        assertThat(decoded.get(0).doubleValue()).isEqualTo(12.5);
        assertThat(decoded.get(1).longValue()).isEqualTo(1640995200000L);
        assertThat(decoded.get(2).stringValue()).isEqualTo("abc-3");
        assertThat(decoded.get(3).isNull()).isTrue();
    }

    @Test
    void encode_isUrlSafe() {
        String cursor = Cursor.encode(List.of(FieldValue.of("решение/1+2?"), FieldValue.of(0.1)));

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void decode_blank_isFirstPage() {
        assertThat(Cursor.decode(null)).isEmpty();
        assertThat(Cursor.decode(" ")).isEmpty();
    }

    @Test
    void decode_garbage_isInvalidQuery() {
        assertThatThrownBy(() -> Cursor.decode("%%%not-base64"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("Курсор");
        assertThatThrownBy(() -> Cursor.decode("eHl6")) // "xyz": unknown type x
                .isInstanceOf(InvalidQueryException.class);
    }
}
