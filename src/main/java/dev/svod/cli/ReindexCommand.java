package dev.svod.cli;

import dev.svod.index.ReindexService;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Rebuilds the Elasticsearch indices from MongoDB and swaps the aliases; searches keep working meanwhile. */
@Command(name = "reindex", description = "Rebuild the search indices from MongoDB into new versions and swap the aliases.")
class ReindexCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        try (ApplicationContext context = ApplicationContext.run(CliContext.PROPERTIES)) {
            ReindexService.Outcome outcome = context.getBean(ReindexService.class)
                    .reindex(line -> System.out.println("[reindex] " + line));
            System.out.printf("reindex: %d protocols into %s and %s (%d caught up after the swap)%n",
                    outcome.protocols(), outcome.decisionsIndex(), outcome.protocolsIndex(), outcome.caughtUp());
            return 0;
        }
    }
}
