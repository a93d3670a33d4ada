package dev.svod.devservers;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A MongoDB-wire-compatible server for machines with neither Docker nor a {@code mongod} (mongo-java-server).
 * It runs as its own process, so Svod talks to it over a {@code mongodb://} URI exactly as to a real MongoDB.
 * With a file it keeps its data in H2, committed before each answer (the demo survives a restart, even a kill);
 * without, in memory (tests).
 *
 * <p>Usage: {@code MongoFallbackServer PORT [H2-FILE]}
 */
public final class MongoFallbackServer {

    private MongoFallbackServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: MongoFallbackServer PORT [H2-FILE]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        MongoServer server = args.length > 1 ? new MongoServer(h2(Path.of(args[1]))) : new MongoServer(new MemoryBackend());
        server.bind(new InetSocketAddress("127.0.0.1", port));
        System.err.printf("[mongodb] mongo-java-server (%s) listening on mongodb://127.0.0.1:%d%n",
                args.length > 1 ? "H2 file " + args[1] : "in memory", port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        new CountDownLatch(1).await();
    }

    private static H2Backend h2(Path file) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return new CommittingH2Backend(file.toString());
    }
}
