package dev.svod.cli;

import dev.svod.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line side of Svod; `./svod` calls it for the commands that are Java code. */
@Command(name = "svod", mixinStandardHelpOptions = true,
        description = "Svod: the compendium of education authorities' protocols.",
        subcommands = {ParseCommand.class, ImportCommand.class, ReparseCommand.class, ReindexCommand.class,
                BenchCommand.class})
public final class SvodCli {

    public static void main(String[] args) {
        System.exit(new CommandLine(new SvodCli()).execute(args));
    }
}
