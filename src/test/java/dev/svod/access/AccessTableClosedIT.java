package dev.svod.access;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import java.util.HashMap;
import java.util.Map;

/** The access table with anonymous reads as they are unless configured, off: every read needs an account. */
@MicronautTest
class AccessTableClosedIT extends AccessTable {

    @Override
    boolean anonymousReads() {
        return false;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.remove("svod.security.anonymous-reads");
        return properties;
    }
}
