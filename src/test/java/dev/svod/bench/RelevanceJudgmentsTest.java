package dev.svod.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RelevanceJudgmentsTest {

    @Test
    void matches_quoteWithOtherPunctuationAndLineBreaks_findsTheDecisionOfThatFileOnly() {
        RelevanceJudgments.Judged judged = new RelevanceJudgments.Judged("q01", "b-kurskaya", true, "Организовать  отдых, оздоровление");

        assertThat(judged.matches("b-kurskaya", "2. Организовать\nотдых и... нет: Организовать отдых — оздоровление детей")).isTrue();
        assertThat(judged.matches("b-kurskaya", "Организовать отдых детей")).isFalse();
        assertThat(judged.matches("a-other", "Организовать отдых, оздоровление")).isFalse();
    }

    @Test
    void queriesAndJudgments_readFromTheirFiles(@TempDir Path dir) throws IOException {
        Path queries = Files.writeString(dir.resolve("queries.tsv"),
                "id\tset\tcategory\tquery\tintent\nq01\tdev\tstructured-region\tнаставничество в Якутии\tmentoring decisions of Yakutia\n");
        Path judgments = Files.writeString(dir.resolve("judgments.tsv"),
                "id\tfile\tgrade\tquote\nq01\ta-yakutia\t1\tОрганизовать наставничество\nq01\ta-yakutia\t0\tУтвердить план\n");

        List<RelevanceJudgments.Query> read = RelevanceJudgments.queries(queries);
        assertThat(read).singleElement().satisfies(q -> {
            assertThat(q.isStructured()).isTrue();
            assertThat(q.set()).isEqualTo("dev");
        });
        assertThat(RelevanceJudgments.judgments(judgments).get("q01")).extracting(RelevanceJudgments.Judged::relevant)
                .containsExactly(true, false);
        assertThat(RelevanceJudgments.judgments(dir.resolve("absent.tsv"))).isEmpty();
    }

    @Test
    void queries_rowWithTooFewFields_isRejectedWithItsLine(@TempDir Path dir) throws IOException {
        Path queries = Files.writeString(dir.resolve("queries.tsv"), "id\tset\tcategory\tquery\tintent\nq01\tdev\n");

        assertThatThrownBy(() -> RelevanceJudgments.queries(queries)).hasMessageContaining("line 2");
    }
}
