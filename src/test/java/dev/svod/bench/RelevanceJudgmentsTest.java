package dev.svod.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RelevanceJudgmentsTest {

    @Test
    void marker_alternativesAndConjunctions_matchFoldedText() {
        RelevanceJudgments.Judgment judgment = RelevanceJudgments.parse("одарённые дети\tодарен+дет|талант");

        assertThat(judgment.isRelevant("Выявить ОДАРЁННЫХ детей")).isTrue();
        assertThat(judgment.isRelevant("Поддержка талантов")).isTrue();
        assertThat(judgment.isRelevant("Одаренные педагоги")).isFalse();
    }

    @Test
    void file_hasAtLeastFortyQueries_eachWithMarkers() {
        assertThat(RelevanceJudgments.load()).hasSizeGreaterThanOrEqualTo(40)
                .allSatisfy(j -> assertThat(j.markers()).isNotEmpty());
    }

    @Test
    void parse_lineWithoutTab_isRefused() {
        assertThatThrownBy(() -> RelevanceJudgments.parse("наставник")).isInstanceOf(IllegalArgumentException.class);
    }
}
