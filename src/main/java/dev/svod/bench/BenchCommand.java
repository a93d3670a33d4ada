package dev.svod.bench;

import picocli.CommandLine.Command;

/** Benchmarks: commands that print figures. */
@Command(name = "bench", description = "Benchmarks that print figures.", subcommands = {SearchBenchmark.class, IngestBenchmark.class,
        LoadBenchmark.class, ChaosBenchmark.class, RelevanceBenchmark.class, ParseBenchmark.class, dev.svod.corpus.CorpusCommand.class})
public class BenchCommand {
}
