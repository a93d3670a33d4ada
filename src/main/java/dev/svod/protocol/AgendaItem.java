package dev.svod.protocol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An item of the agenda (Повестка): number as printed, title, and the speakers named for it. */
@Serdeable
public record AgendaItem(@Nullable String number, String title, List<String> speakers) {
}
