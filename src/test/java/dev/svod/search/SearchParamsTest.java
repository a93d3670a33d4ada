package dev.svod.search;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchParamsTest {

    private static SearchParams paging(Integer page, Integer size) {
        return new SearchParams(null, null, null, null, null, null, null, null, null, null, null, null, null, page, size, null, null);
    }

    @Test
    void offset_defaultsToFirstPageOfTwenty() {
        assertThat(paging(null, null).offset()).isZero();
        assertThat(paging(null, null).pageSize()).isEqualTo(20);
        assertThat(paging(3, 10).offset()).isEqualTo(20);
    }

    @Test
    void offset_beyondTheWindow_pointsToTheCursor() {
        assertThatThrownBy(() -> paging(101, 100).offset())
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("after");
    }

    @Test
    void pageSize_outOfRange_isRefused() {
        assertThatThrownBy(() -> paging(1, 0).pageSize()).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> paging(1, 101).pageSize()).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> paging(0, 10).offset()).isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void sortOrder_acceptsAnyCase_refusesUnknown() {
        SearchParams p = new SearchParams(null, null, null, null, null, null, null, null, null, null, null, null, "Deadline", null, null, null, null);
        assertThat(p.sortOrder()).isEqualTo(SortOrder.DEADLINE);
        SearchParams bad = new SearchParams(null, null, null, null, null, null, null, null, null, null, null, null, "price", null, null, null, null);
        assertThatThrownBy(bad::sortOrder).isInstanceOf(InvalidQueryException.class).hasMessageContaining("price");
    }

    @Test
    void date_isoOrRefusedWithTheFieldName() {
        SearchParams p = SearchParams.text("x");
        assertThat(p.date("2022-03-01", "deadlineFrom")).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(p.date(" ", "deadlineFrom")).isNull();
        assertThatThrownBy(() -> p.date("01.03.2022", "deadlineFrom"))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("deadlineFrom");
    }

    @Test
    void text_tooLong_isRefused() {
        assertThatThrownBy(() -> SearchParams.text("а".repeat(SearchParams.MAX_QUERY_LENGTH + 1)).textOrEmpty())
                .isInstanceOf(InvalidQueryException.class);
    }
}
