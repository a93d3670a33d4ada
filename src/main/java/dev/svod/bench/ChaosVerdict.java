package dev.svod.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dev.svod.archive.ProtocolRepository;
import dev.svod.cli.SvodHttp;
import org.bson.Document;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * After the chaos: compares what the clients were told ({@link ChaosLedger}) with what the archive holds, in MongoDB
 * directly (every protocol and every original, whatever the API shows) and through the API (the original's bytes,
 * the search).
 */
final class ChaosVerdict {

    private final SvodHttp http;
    private final String mongoUri;
    private final ObjectMapper json = new ObjectMapper();
    final List<String> problems = new ArrayList<>();
    final Map<String, Object> figures = new LinkedHashMap<>();

    ChaosVerdict(SvodHttp http, String mongoUri) {
        this.http = http;
        this.mongoUri = mongoUri;
    }

    /** Fills {@link #figures} and {@link #problems}; {@code settle} bounds the wait for the index to catch up. */
    void check(ChaosLedger ledger, Duration settle) throws IOException, InterruptedException {
        Map<String, ChaosLedger.File> acked = ledger.acknowledged();
        Set<String> protocols = new HashSet<>();
        Set<String> originals = new HashSet<>();
        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            MongoDatabase db = mongo.getDatabase(ProtocolRepository.databaseName(mongoUri));
            db.getCollection("protocols").find().projection(new Document("_id", 1)).forEach(d -> protocols.add(d.getString("_id")));
            db.getCollection("originals.files").find().projection(new Document("_id", 1)).forEach(d -> originals.add(String.valueOf(d.get("_id"))));
        }
        long lost = 0;
        for (var e : acked.entrySet()) {
            String sha = e.getKey();
            if (!e.getValue().createdIds.equals(Set.of(sha))) {
                problem("201 for " + sha + " named " + e.getValue().createdIds);
            }
            if (!protocols.contains(sha)) {
                lost++;
                problem("acknowledged " + sha + " is not in MongoDB");
            } else if (!sha.equals(originalHash(sha))) {
                lost++;
                problem("acknowledged " + sha + ": its original is missing or not byte-identical");
            }
        }
        long badConflicts = 0;
        for (var e : ledger.files().entrySet()) {
            for (String id : e.getValue().conflictIds) {
                if (!id.equals(e.getKey()) || !protocols.contains(id)) {
                    badConflicts++;
                    problem("409 for " + e.getKey() + " pointed at " + id + ", which is not that stored protocol");
                }
            }
        }
        Set<String> stray = new HashSet<>(protocols);
        stray.removeAll(ledger.files().keySet());
        stray.forEach(id -> problem("stored but never uploaded by this run: " + id));
        Set<String> strayOriginals = new HashSet<>(originals);
        strayOriginals.removeAll(protocols);
        strayOriginals.forEach(id -> problem("an original without its protocol: " + id));
        long unacknowledged = protocols.stream().filter(id -> ledger.files().containsKey(id) && !acked.containsKey(id)
                && ledger.files().get(id).conflicts.get() == 0).count();
        long unsearchable = awaitSearchable(acked, protocols, settle);

        figures.put("acknowledgedUploads", acked.size());
        figures.put("conflicts409", ledger.files().values().stream().mapToInt(f -> f.conflicts.get()).sum());
        figures.put("failedUploads", ledger.files().values().stream().mapToInt(f -> f.failed.get()).sum());
        figures.put("lost", lost);
        figures.put("duplicates", ledger.duplicates());
        figures.put("notSearchable", unsearchable);
        figures.put("bad409", badConflicts);
        figures.put("strayProtocols", stray.size());
        figures.put("strayOriginals", strayOriginals.size());
        figures.put("storedWithoutAnswer", unacknowledged);
        figures.put("protocolsStored", protocols.size());
        if (ledger.duplicates() > 0) {
            problem(ledger.duplicates() + " files were answered 201 more than once");
        }
    }

    boolean failed() {
        return !problems.isEmpty();
    }

    /** The acknowledged protocols the search does not find once the index has had {@code settle} to catch up. */
    private long awaitSearchable(Map<String, ChaosLedger.File> acked, Set<String> stored, Duration settle)
            throws IOException, InterruptedException {
        Set<String> waiting = new HashSet<>();
        acked.keySet().stream().filter(stored::contains).forEach(waiting::add);
        long until = System.nanoTime() + settle.toNanos();
        while (true) {
            waiting.removeIf(sha -> found(sha, acked.get(sha).marker));
            if (waiting.isEmpty() || System.nanoTime() > until) {
                break;
            }
            Thread.sleep(2_000); // the retrying indexer runs every few seconds
        }
        waiting.forEach(sha -> problem("acknowledged " + sha + " is not found by the search"));
        return waiting.size();
    }

    private boolean found(String sha, String marker) {
        try {
            HttpResponse<String> response = http.send(http.request("/api/search/protocols?q="
                    + URLEncoder.encode(marker, StandardCharsets.UTF_8)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return false;
            }
            for (JsonNode hit : json.readTree(response.body()).path("hits")) {
                if (sha.equals(hit.path("protocolId").asText())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String originalHash(String id) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.get("/api/protocols/" + id + "/original");
        return response.statusCode() == 200 ? sha256(response.body()) : "HTTP " + response.statusCode();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private void problem(String problem) {
        if (problems.size() < 1_000) {
            problems.add(problem);
        }
    }
}
