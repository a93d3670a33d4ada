package dev.svod.cli;

import dev.svod.ingest.ReparseService;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Re-parses every stored protocol with the current parser and re-indexes it; talks to MongoDB and Elasticsearch. */
@Command(name = "reparse", description = "Re-parse every stored protocol with the current parser and re-index it.")
class ReparseCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        try (ApplicationContext context = ApplicationContext.run(CliContext.PROPERTIES)) {
            ReparseService.Outcome outcome = context.getBean(ReparseService.class)
                    .reparseAll(line -> System.out.println("[reparse] " + line));
            System.out.printf("reparse: %d protocols re-parsed, %d indexed%n", outcome.reparsed(), outcome.indexed());
            return outcome.indexed() == outcome.reparsed() ? 0 : 1;
        }
    }
}
