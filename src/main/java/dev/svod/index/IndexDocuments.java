package dev.svod.index;

import dev.svod.protocol.Deadline;
import dev.svod.protocol.Decision;
import dev.svod.protocol.Protocol;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns a stored protocol into the documents Elasticsearch holds for it. */
public final class IndexDocuments {

    private IndexDocuments() {
    }

    /** Decision ids are the protocol id and the decision's place in it: printed numbers repeat. */
    public static String decisionId(String protocolId, int ordinal) {
        return protocolId + "-" + ordinal;
    }

    static ProtocolDocument protocol(Protocol p) {
        return new ProtocolDocument(p.id(), p.fileName(), p.parsed().title(), p.text(), p.region(), p.municipality(),
                p.parsed().issuingBody(), p.kind(), p.parsed().number(), p.date(), year(p.date()), p.parsed().draft(),
                p.decisions().size(), p.uploadedAt());
    }

    static List<DecisionDocument> decisions(Protocol p) {
        List<DecisionDocument> docs = new ArrayList<>();
        int ordinal = 0;
        for (Decision d : p.decisions()) {
            ordinal++;
            docs.add(new DecisionDocument(decisionId(p.id(), ordinal), p.id(), ordinal, d.number(), d.parent(),
                    d.text(), d.section(), d.addressees(), d.persons(), d.projects(), deadline(d.deadline()),
                    p.region(), p.municipality(), p.parsed().issuingBody(), p.kind(), p.parsed().title(),
                    p.date(), year(p.date()), p.parsed().draft(), p.fileName()));
        }
        return docs;
    }

    private static DecisionDocument.DeadlineField deadline(Deadline d) {
        DecisionDocument.Period period = d.from() == null && d.to() == null
                ? null : new DecisionDocument.Period(d.from(), d.to());
        LocalDate due = d.to() != null ? d.to() : d.from();
        return new DecisionDocument.DeadlineField(d.kind().name(), period, due, d.recurrence(), d.raw(), d.shared());
    }

    private static Integer year(LocalDate date) {
        return date == null ? null : date.getYear();
    }
}
