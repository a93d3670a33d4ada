package dev.svod.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.RangeRelation;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;

/** Turns what a researcher asked ({@link SearchParams}) into an Elasticsearch query. */
@Singleton
class SearchQueries {

    /** Exact forms first, then lemmas, then the word family (наставник → наставничество). */
    static final List<String> TEXT_FIELDS = List.of("text.exact^3", "text^2", "text.family^0.5");
    private static final List<String> DECISION_FIELDS = List.of("text.exact^3", "text^2", "text.family^0.5",
            "addressees.raw^0.5", "section^0.3");
    private static final List<String> PROTOCOL_FIELDS = List.of("title^2", "text.exact^3", "text^2", "text.family^0.5");

    private final Abbreviations abbreviations;

    SearchQueries(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    Query decisions(SearchParams p) {
        return Query.of(q -> q.bool(b -> {
            text(b, p, DECISION_FIELDS);
            documentFilters(b, p);
            term(b, "addressees.kind", p.addresseeKind());
            term(b, "addressees.name", p.addressee());
            term(b, "deadline.kind", p.deadlineKind());
            LocalDate from = p.date(p.deadlineFrom(), "deadlineFrom");
            LocalDate to = p.date(p.deadlineTo(), "deadlineTo");
            if (from != null || to != null) {
                b.filter(f -> f.range(r -> r.date(d -> {
                    d.field("deadline.period").relation(RangeRelation.Intersects);
                    if (from != null) {
                        d.gte(from.toString());
                    }
                    if (to != null) {
                        d.lte(to.toString());
                    }
                    return d;
                })));
            }
            return b;
        }));
    }

    Query protocols(SearchParams p) {
        if (p.addresseeKind() != null || p.addressee() != null || p.deadlineKind() != null
                || p.deadlineFrom() != null || p.deadlineTo() != null) {
            throw new InvalidQueryException("Фильтры по адресату и сроку относятся к решениям: ищите в /api/search/decisions.");
        }
        return Query.of(q -> q.bool(b -> {
            text(b, p, PROTOCOL_FIELDS);
            documentFilters(b, p);
            return b;
        }));
    }

    private void text(BoolQuery.Builder b, SearchParams p, List<String> fields) {
        String text = p.textOrEmpty();
        if (text.isEmpty()) {
            b.must(m -> m.matchAll(all -> all));
            return;
        }
        // Only the operators a researcher needs; fuzzy, prefix and slop operators are off so no query explodes.
        b.must(m -> m.simpleQueryString(s -> s.query(abbreviations.expand(text)).fields(fields)
                .defaultOperator(Operator.And)
                .flags(SimpleQueryStringFlag.And, SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not,
                        SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.Precedence,
                        SimpleQueryStringFlag.Whitespace, SimpleQueryStringFlag.Escape)));
    }

    private static void documentFilters(BoolQuery.Builder b, SearchParams p) {
        term(b, "region", p.region());
        term(b, "municipality", p.municipality());
        term(b, "issuingBody", p.issuingBody());
        term(b, "kind", p.kind());
        LocalDate from = p.date(p.dateFrom(), "dateFrom");
        LocalDate to = p.date(p.dateTo(), "dateTo");
        if (from != null || to != null) {
            b.filter(f -> f.range(r -> r.date(d -> {
                d.field("date");
                if (from != null) {
                    d.gte(from.toString());
                }
                if (to != null) {
                    d.lte(to.toString());
                }
                return d;
            })));
        }
    }

    private static void term(BoolQuery.Builder b, String field, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            b.filter(f -> f.term(t -> t.field(field).value(FieldValue.of(value.strip()))));
        }
    }
}
