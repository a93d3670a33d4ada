package dev.svod.cli;

import java.util.Map;

/** Settings of the application context a command runs in, beside the environment's. */
final class CliContext {

    /** A command indexes what it touches itself; the server's retrying indexer would race it. */
    static final Map<String, Object> PROPERTIES = Map.of("svod.indexing.retry", "false");

    private CliContext() {
    }
}
