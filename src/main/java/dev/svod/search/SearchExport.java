package dev.svod.search;

import dev.svod.protocol.Addressee;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Every decision a search finds, page by page along the cursor, for download. */
@Singleton
public class SearchExport {

    /** A download is for a spreadsheet, not for mirroring the archive. */
    public static final int MAX_ROWS = 50_000;
    private static final int PAGE = 100;

    private static final List<String> HEADER = List.of("decisionId", "protocolId", "region", "municipality",
            "issuingBody", "kind", "date", "number", "text", "addressees", "addresseeKinds", "deadlineKind",
            "deadlineFrom", "deadlineTo", "deadlineRaw", "fileName");

    private final DecisionSearchService search;

    SearchExport(DecisionSearchService search) {
        this.search = search;
    }

    public List<DecisionHit> all(SearchParams params) {
        List<DecisionHit> rows = new ArrayList<>();
        String cursor = null;
        do {
            SearchPage<DecisionHit> result = search.search(params.withSize(PAGE).withCursor(cursor));
            rows.addAll(result.hits());
            cursor = result.next();
        } while (cursor != null && rows.size() < MAX_ROWS);
        return rows.size() > MAX_ROWS ? rows.subList(0, MAX_ROWS) : rows;
    }

    public byte[] csv(List<DecisionHit> hits) {
        Csv csv = new Csv().row(HEADER);
        for (DecisionHit h : hits) {
            csv.row(java.util.Arrays.asList(h.decisionId(), h.protocolId(), h.region(), h.municipality(),
                    h.issuingBody(), h.kind(), h.date(), h.number(), h.text(),
                    h.addressees().stream().map(Addressee::name).collect(Collectors.joining("; ")),
                    h.addressees().stream().map(a -> a.kind().name()).collect(Collectors.joining("; ")),
                    h.deadline().kind(), h.deadline().from(), h.deadline().to(), h.deadline().raw(), h.fileName()));
        }
        return csv.bytes();
    }

    public byte[] matrixCsv(RegionTopicMatrix.Matrix matrix) {
        List<Object> header = new ArrayList<>(List.of("Регион"));
        header.addAll(matrix.queries());
        Csv csv = new Csv().row(header);
        for (RegionTopicMatrix.Row row : matrix.regions()) {
            List<Object> cells = new ArrayList<>(List.of(row.region()));
            cells.addAll(row.counts());
            csv.row(cells);
        }
        List<Object> totals = new ArrayList<>(List.of("Всего"));
        totals.addAll(matrix.totals());
        return csv.row(totals).bytes();
    }
}
