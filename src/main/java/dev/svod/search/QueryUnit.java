package dev.svod.search;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One thing a query asks for, counted once however it is said: a word («наставничество»), a thesaurus phrase
 * («детских садов»), alternatives joined by {@code |}, or a quoted phrase. {@code alternatives} are what the
 * researcher typed; {@code expansions} what the thesaurus adds, ranked below them.
 */
@Serdeable
public record QueryUnit(String words, List<String> alternatives, List<String> expansions, boolean phrase) {

    public QueryUnit {
        alternatives = List.copyOf(alternatives);
        expansions = List.copyOf(expansions);
    }
}
