package dev.svod.parsing;

import dev.svod.protocol.AgendaItem;
import dev.svod.protocol.Deadline;
import dev.svod.protocol.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a protocol's text: {@link LineJoiner} → {@link LineClassifier} → {@link DocumentSegmenter} →
 * {@link HeaderParser}, {@link AgendaParser}, {@link DecisionParser}, {@link SignatureParser}. Pure Java, no I/O
 * beyond the regions data file on the classpath. It never throws: should a reader fail on some odd text, the
 * protocol still comes back with one decision per numbered line, without addressees or deadlines.
 */
public final class ProtocolParser {

    /** Stored with each protocol; reparse compares it. 2: the grammar-based parser; 3: orders, plans, control clauses, the region note; 4: run-together plan rows, table rows kept by extraction, regions from bodies and cities in the text; 5: addressees in the accusative («возложить на», «определить», «назначить») and the instrumental («представления Администрацией …», «совместно с институтом …»), dash actions under a heading, «при …» events, cut-off last table rows. */
    public static final int VERSION = 5;

    private static final Logger LOG = LoggerFactory.getLogger(ProtocolParser.class);

    private final RegionDirectory regions;

    public ProtocolParser() {
        this(RegionDirectory.standard());
    }

    public ProtocolParser(RegionDirectory regions) {
        this.regions = regions;
    }

    public ParsedProtocol parse(String text) {
        String input = text == null ? "" : text;
        try {
            return read(input);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("Parser fell back to numbered lines for a text of {} characters", input.length(), e);
            return fallback(input);
        }
    }

    /** The full reading, exceptions and all: {@link #parse} guards it; tests call it to see failures. */
    ParsedProtocol read(String text) {
        List<String> lines = InlineItems.split(LineJoiner.join(NumberedRows.rewrite(PipeTables.rewrite(text))));
        List<ClassifiedLine> classified = LineClassifier.classify(lines);
        Segments segments = DocumentSegmenter.segment(classified);
        Header header = new HeaderParser(regions).parse(segments.header, lines, segments.trailer);
        List<AgendaItem> agenda = AgendaParser.parse(segments);
        AddresseeParser addressees = new AddresseeParser(Aliases.collect(text),
                AddresseeKinds.isRegionalIssuer(header.issuingBody()));
        List<Decision> decisions = new DecisionParser(addressees, header.date(), agenda).parse(segments.blocks);
        SignatureParser.Signatures signatures = SignatureParser.parse(classified, segments.trailer);
        return new ParsedProtocol(header.region(), header.municipality(), header.city(), header.issuingBody(),
                header.kind() != null ? header.kind() : DocumentKinds.infer(LineJoiner.physicalLines(text)), header.title(), header.date(), header.number(), header.draft(), agenda, decisions,
                signatures.chair(), signatures.secretary(), regionNote(header));
    }

    /**
     * Why no region was read, in words the archivist can act on; null when one was. The readings tried are the
     * issuer in any case form, a known city, a regional adjective with the issuer, the signatures and a region the
     * text keeps naming; a municipality alone does not say which region it lies in.
     */
    static String regionNote(Header header) {
        if (header.region() != null) {
            return null;
        }
        if (header.municipality() != null) {
            return "назван муниципалитет «" + header.municipality() + "», но не регион, в котором он находится";
        }
        if (header.city() != null) {
            return "город «" + header.city() + "» не найден среди городов регионов";
        }
        return "регион не назван ни в наименовании органа, ни через известный город, ни повторными упоминаниями в тексте";
    }

    /** One decision per numbered line, nothing else: what is left when a reader failed. */
    static ParsedProtocol fallback(String text) {
        List<Decision> decisions = new ArrayList<>();
        try {
            for (String line : text.split("\\R")) {
                String trimmed = line.trim();
                DecisionNumber.read(trimmed).ifPresent(n -> {
                    String rest = trimmed.substring(n.length()).trim();
                    if (!rest.isEmpty()) {
                        decisions.add(new Decision(n.printed(), null, rest, null, List.of(), List.of(), Deadline.NONE, List.of()));
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.warn("Fallback parse failed too", e);
        }
        return new ParsedProtocol(null, null, null, null, null, null, null, null, false, List.of(), decisions, null, null,
                "текст удалось прочитать только как нумерованные строки");
    }
}
