package dev.svod.search;

import io.micronaut.core.annotation.Nullable;

/** A decision search as the researcher states it; page is 1-based. */
public record DecisionQuery(@Nullable String text, @Nullable String region, int page, int size) {

    public static final int MAX_SIZE = 100;

    public DecisionQuery {
        if (page < 1) {
            throw new InvalidQueryException("Номер страницы (page) начинается с 1.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQueryException("Размер страницы (size) должен быть от 1 до " + MAX_SIZE + ".");
        }
    }
}
