package dev.svod.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.RangeRelation;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a researcher asked ({@link SearchParams}, read by {@link QueryUnderstanding}) into an Elasticsearch
 * query. Ranked retrieval: a decision must match most of the query's units ({@link UnderstoodQuery#minimumToMatch}),
 * so one word said differently never empties the answer; decisions with all of them rank first, then by how many
 * and how well: exact forms above lemmas above word families above thesaurus alternatives.
 */
@Singleton
class SearchQueries {

    /** Exact forms first, then lemmas, then the word family (наставник → наставничество). */
    static final List<String> TEXT_FIELDS = List.of("text.exact^3", "text^2", "text.family^0.5");
    private static final List<String> DECISION_FIELDS = List.of("text.exact^3", "text^2", "text.family^0.5",
            "addressees.raw^0.5", "section^0.3");
    private static final List<String> PROTOCOL_FIELDS = List.of("title^2", "text.exact^3", "text^2", "text.family^0.5");
    /** Thesaurus alternatives: the lemma field only, well below the words typed. */
    private static final List<String> EXPANSION_FIELDS = List.of("text.exact", "text");
    private static final float EXPANSION_BOOST = 0.4f;
    private static final float OPTIONAL_BOOST = 0.3f;
    /** Larger than any sum of word scores: a decision with every unit ranks above one missing a unit. */
    private static final float ALL_UNITS_BONUS = 100f;
    private static final float PHRASE_BONUS = 2f;
    private static final float ADDRESSEE_CHIP_BOOST = 5f;
    static final int MAX_UNITS = 64;
    /** Named queries of required units are "u0", "u1"…: a hit's matched names say which units it has. */
    static final String UNIT_NAME = "u";

    private final QueryUnderstanding understanding;

    SearchQueries(QueryUnderstanding understanding) {
        this.understanding = understanding;
    }

    UnderstoodQuery understand(SearchParams p) {
        String text = p.textOrEmpty();
        UnderstoodQuery q = text.isEmpty() ? UnderstoodQuery.EMPTY
                : understanding.read(text, QueryUnderstanding.plainKinds(p.plain()));
        if (q.required().size() + q.optional().size() > MAX_UNITS) {
            throw new InvalidQueryException("В запросе больше " + MAX_UNITS + " слов; сократите его.");
        }
        return q;
    }

    Query decisions(SearchParams p) {
        return decisions(p, understand(p));
    }

    Query decisions(SearchParams p, UnderstoodQuery understood) {
        return Query.of(q -> q.bool(b -> {
            text(b, understood, DECISION_FIELDS);
            chips(b, understood, true);
            documentFilters(b, p);
            term(b, "addressees.kind", p.addresseeKind());
            term(b, "addressees.name", p.addressee());
            term(b, "deadline.kind", p.deadlineKind());
            LocalDate from = p.date(p.deadlineFrom(), "deadlineFrom");
            LocalDate to = p.date(p.deadlineTo(), "deadlineTo");
            if (from != null || to != null) {
                b.filter(deadlineMeets(from, to));
            }
            return b;
        }));
    }

    Query protocols(SearchParams p, UnderstoodQuery understood) {
        if (p.addresseeKind() != null || p.addressee() != null || p.deadlineKind() != null
                || p.deadlineFrom() != null || p.deadlineTo() != null) {
            throw new InvalidQueryException("Фильтры по адресату и сроку относятся к решениям: ищите в /api/search/decisions.");
        }
        return Query.of(q -> q.bool(b -> {
            text(b, understood, PROTOCOL_FIELDS);
            chips(b, understood, false);
            documentFilters(b, p);
            return b;
        }));
    }

    private static void text(BoolQuery.Builder b, UnderstoodQuery q, List<String> fields) {
        List<Query> units = new ArrayList<>();
        for (int i = 0; i < q.required().size(); i++) {
            QueryUnit unit = q.required().get(i);
            Query query = unit(unit, fields, UNIT_NAME + i, 1f);
            if (unit.phrase()) {
                b.must(query);
            } else {
                units.add(query);
            }
        }
        if (units.isEmpty()) {
            b.must(m -> m.matchAll(all -> all));
        } else {
            b.must(m -> m.bool(any -> any.should(units).minimumShouldMatch(String.valueOf(q.minimumToMatch()))));
            if (units.size() > 1) {
                b.should(s -> s.constantScore(c -> c.filter(f -> f.bool(all -> all.must(units))).boost(ALL_UNITS_BONUS)));
                phraseBonus(b, q);
            }
        }
        q.optional().forEach(unit -> b.should(unit(unit, fields, null, OPTIONAL_BOOST)));
        for (String word : q.excluded()) {
            b.mustNot(m -> m.multiMatch(mm -> mm.query(word).fields("text", "text.exact")));
        }
    }

    /** The units' typed words in order, close together: «итоги конкурса» above «итоги… конкурса». */
    private static void phraseBonus(BoolQuery.Builder b, UnderstoodQuery q) {
        String words = String.join(" ", q.required().stream().filter(u -> !u.phrase() && u.alternatives().size() == 1)
                .map(QueryUnit::words).toList());
        b.should(s -> s.matchPhrase(mp -> mp.field("text").query(words).slop(3).boost(PHRASE_BONUS)));
    }

    /** One unit: any of its typed alternatives in the weighted fields, or any thesaurus alternative below them. */
    private static Query unit(QueryUnit unit, List<String> fields, @Nullable String name, float boost) {
        return Query.of(q -> q.bool(b -> {
            for (String typed : unit.alternatives()) {
                boolean phrase = unit.phrase() || QueryWords.split(typed).size() > 1;
                b.should(s -> s.multiMatch(mm -> mm.query(typed).fields(phrase ? TEXT_FIELDS : fields)
                        .type(phrase ? TextQueryType.Phrase : TextQueryType.MostFields).slop(phrase && !unit.phrase() ? 2 : 0)));
            }
            for (String expansion : unit.expansions()) {
                b.should(s -> s.multiMatch(mm -> mm.query(expansion).fields(EXPANSION_FIELDS).type(TextQueryType.Phrase)
                        .slop(1).boost(EXPANSION_BOOST)));
            }
            b.boost(boost);
            if (name != null) {
                b.queryName(name);
            }
            return b;
        }));
    }

    /** Regions and due dates filter; an addressee kind ranks (a topic word like «школы» must not filter). */
    private static void chips(BoolQuery.Builder b, UnderstoodQuery q, boolean decisions) {
        List<FieldValue> regions = q.chips().stream().filter(c -> c.kind() == QueryChip.Kind.REGION)
                .map(c -> FieldValue.of(c.value())).toList();
        if (!regions.isEmpty()) {
            b.filter(f -> f.terms(t -> t.field("region").terms(v -> v.value(regions))));
        }
        if (!decisions) {
            return;
        }
        List<Query> periods = q.chips().stream().filter(c -> c.kind() == QueryChip.Kind.DEADLINE)
                .flatMap(c -> c.periods().stream()).map(SearchQueries::dueWithin).toList();
        if (!periods.isEmpty()) {
            b.filter(f -> f.bool(any -> any.should(periods).minimumShouldMatch("1")));
        }
        q.chips().stream().filter(c -> c.kind() == QueryChip.Kind.ADDRESSEE).forEach(c ->
                b.should(s -> s.term(t -> t.field("addressees.kind").value(c.value()).boost(ADDRESSEE_CHIP_BOOST))));
    }

    /**
     * «со сроком в апреле» asks what falls due in April: the deadline's last day (its due date) lies in the period.
     * A span that only starts then, or a whole year around it, is not due then.
     */
    private static Query dueWithin(QueryChip.Period period) {
        return Query.of(f -> f.range(r -> r.date(d -> d.field("deadline.due").gte(period.from().toString())
                .lte(period.to().toString()))));
    }

    private static Query deadlineMeets(@Nullable LocalDate from, @Nullable LocalDate to) {
        return Query.of(f -> f.range(r -> r.date(d -> {
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
