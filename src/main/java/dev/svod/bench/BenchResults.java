package dev.svod.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every benchmark records beside its figures: when, on what machine and under what load (the machine may be
 * shared), written as JSON under the ignored {@code bench-results/}; and the clean-up of its own indices.
 */
final class BenchResults {

    private BenchResults() {
    }

    /** Cores, memory, JVM and the load average right now, to be written next to a figure. */
    static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryGiB", Math.round(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / (1024.0 * 1024 * 1024)));
        machine.put("java", System.getProperty("java.version"));
        machine.put("maxHeapMB", Runtime.getRuntime().maxMemory() >> 20);
        machine.put("loadavg", loadAverage());
        return machine;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Writes {@code bench-results/<name>-<time>.json} and says where. */
    static Path write(String name, Map<String, Object> figures) {
        return write(Path.of("bench-results"), name, figures);
    }

    /** Writes {@code <folder>/<name>-<time>.json} and says where. */
    static Path write(Path folder, String name, Map<String, Object> figures) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("benchmark", name);
        document.put("at", Instant.now().toString());
        document.put("machine", machine());
        document.putAll(figures);
        Path file = folder.resolve(name + "-" + Instant.now().toString().replace(':', '-') + ".json");
        try {
            Files.createDirectories(file.getParent());
            new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .writerWithDefaultPrettyPrinter().writeValue(file.toFile(), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("results: " + file.toAbsolutePath());
        return file;
    }

    /** Deletes the benchmark's own indices (named with its prefix), so nothing of it stays behind. */
    static void deleteIndices(ElasticsearchClient client, String prefix) {
        try {
            List<String> names = new ArrayList<>(client.indices().get(g -> g.index(prefix + "-*")).result().keySet());
            if (!names.isEmpty()) {
                client.indices().delete(d -> d.index(names));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
