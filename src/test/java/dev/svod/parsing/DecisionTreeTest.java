package dev.svod.parsing;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionTreeTest {

    private final DecisionTree<String> tree = new DecisionTree<>();

    private String add(String number) {
        return tree.add(DecisionNumber.read(number + ". x").orElseThrow(), number);
    }

    @Test
    void add_regularNumbers_hangUnderTheirPrefix() {
        List<String> parents = new ArrayList<>();
        for (String n : new String[] {"1", "1.1", "1.1.1", "1.1.2", "1.2", "2", "2.1"}) {
            parents.add(add(n));
        }
        assertThat(parents).containsExactly(null, "1", "1.1", "1.1", "1", null, "2");
    }

    @Test
    void add_typoNumberUnderItem_hangsByDepthUnderOpenItem() {
        add("1");
        add("1.2");
        add("1.2.3");
        add("3");
        assertThat(add("1.2.3.1")).isEqualTo("3");
        assertThat(add("3.2")).isEqualTo("3");
        assertThat(add("3.3")).isEqualTo("3");
        assertThat(add("3.1.1")).isEqualTo("3.3");
        assertThat(add("3.2.1")).isEqualTo("3.3");
    }

    @Test
    void add_skippedLevel_hangsUnderDeepestShallowerItem() {
        add("1");
        assertThat(add("1.1.3")).isEqualTo("1");
    }

    @Test
    void reset_numbersRestartUnderNewHeading_areTopLevel() {
        add("1");
        add("2");
        tree.reset();
        assertThat(add("1")).isNull();
        assertThat(add("1.1")).isEqualTo("1");
    }
}
