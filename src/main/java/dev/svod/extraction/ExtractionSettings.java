package dev.svod.extraction;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.Locale;

/**
 * How files are read (application.yml {@code svod.extraction}).
 *
 * @param maxCharacters longer texts are refused (422)
 * @param timeLimit     per file, OCR included; a worker process past it is killed
 * @param isolation     {@code process} (Tika in worker JVMs) or {@code in-process} (Tika in the app's JVM)
 * @param workers       worker processes at most, each reading one file at a time
 * @param workerHeap    the {@code -Xmx} of each worker; a file that needs more is refused (422)
 */
@ConfigurationProperties("svod.extraction")
public record ExtractionSettings(@Bindable(defaultValue = "20000000") int maxCharacters,
                                 @Bindable(defaultValue = "120s") Duration timeLimit,
                                 @Bindable(defaultValue = "process") String isolation,
                                 @Bindable(defaultValue = "2") int workers,
                                 @Bindable(defaultValue = "512m") String workerHeap) {

    public boolean inProcess() {
        return switch (isolation.trim().toLowerCase(Locale.ROOT)) {
            case "in-process" -> true;
            case "process" -> false;
            default -> throw new IllegalArgumentException("svod.extraction.isolation is process or in-process, not " + isolation);
        };
    }
}
