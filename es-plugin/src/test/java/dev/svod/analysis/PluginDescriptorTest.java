package dev.svod.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

/**
 * The zip-root files are hand-written (Gradle would generate them): check that named_components.json lists exactly
 * the @NamedComponent classes under their names, and that the descriptor was filled in.
 */
class PluginDescriptorTest {

    private static final Path PLUGIN_DIR = Path.of(System.getProperty("svod.plugin.dir", "target/plugin"));

    @Test
    void namedComponentsListEveryTokenFilterUnderItsName() throws Exception {
        String json = Files.readString(PLUGIN_DIR.resolve("named_components.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"org.elasticsearch.plugin.analysis.TokenFilterFactory\""), json);
        Map<String, String> listed = new TreeMap<>();
        Matcher entry = Pattern.compile("\"(ru_\\w+)\"\\s*:\\s*\"([\\w.]+)\"").matcher(json);
        while (entry.find()) {
            listed.put(entry.group(1), entry.group(2));
        }
        Map<String, String> annotated = new TreeMap<>();
        Path classes = Path.of(RuStemTokenFilterFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                NamedComponent component = type.getAnnotation(NamedComponent.class);
                if (component != null) {
                    assertTrue(TokenFilterFactory.class.isAssignableFrom(type), name);
                    annotated.put(component.value(), name);
                }
            }
        }
        assertEquals(annotated, listed);
        assertEquals(Set.of("ru_family", "ru_stem", "ru_yo"), listed.keySet());
    }

    @Test
    void descriptorIsFilledIn() throws IOException {
        Properties descriptor = new Properties();
        Path file = PLUGIN_DIR.resolve("stable-plugin-descriptor.properties");
        // Elasticsearch loads it from a byte stream, i.e. as ISO-8859-1: anything but ASCII would come out garbled
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.chars().allMatch(c -> c < 128), "non-ASCII in " + file);
        try (InputStream in = Files.newInputStream(file)) {
            descriptor.load(in);
        }
        for (String key : new String[]{"description", "version", "name", "java.version", "elasticsearch.version"}) {
            String value = descriptor.getProperty(key);
            assertNotNull(value, key);
            assertFalse(value.isBlank() || value.contains("${"), key + "=" + value);
        }
        assertEquals("8.19.21", descriptor.getProperty("elasticsearch.version"));
        assertEquals("svod-analysis-ru", descriptor.getProperty("name"));
    }
}
