package dev.svod.search;

import java.util.List;

/** A facet: its name in the API and the keyword field it counts. */
record Facet(String name, String field) {

    static final List<Facet> DECISIONS = List.of(
            new Facet("region", "region"),
            new Facet("municipality", "municipality"),
            new Facet("issuingBody", "issuingBody"),
            new Facet("kind", "kind"),
            new Facet("addresseeKind", "addressees.kind"),
            new Facet("addressee", "addressees.name"),
            new Facet("deadlineKind", "deadline.kind"),
            new Facet("year", "year"));

    static final List<Facet> PROTOCOLS = List.of(
            new Facet("region", "region"),
            new Facet("municipality", "municipality"),
            new Facet("issuingBody", "issuingBody"),
            new Facet("kind", "kind"),
            new Facet("year", "year"));

    /** Enough for all 89 regions. */
    static final int SIZE = 100;
}
