package dev.svod.access;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import java.util.HashMap;
import java.util.Map;

/** The access table with anonymous reads on, the default. */
@MicronautTest
class AccessTableAnonymousReadsIT extends AccessTable {

    @Override
    boolean anonymousReads() {
        return true;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("svod.security.anonymous-reads", "true");
        return properties;
    }
}
