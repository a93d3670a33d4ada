package dev.svod.parsing.eval;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A hand-written annotation of one real document (the corpus format of /work/corpus/ANNOTATION.md, kept beside each
 * text as {@code X.gold.json}). Unlike {@link GoldProtocol}, written by us on the seeds, it carries addressees
 * as printed (raw text and a kind) rather than as keys of normalised names, a deadline's raw words, and the
 * annotator's notes; decision texts are the first words of the item, copied from the page.
 */
public record CorpusGold(@Nullable String source,
                         @Nullable String region,
                         @Nullable String regionNote,
                         @Nullable String municipality,
                         @Nullable String date,
                         @Nullable String kind,
                         @Nullable String issuingBody,
                         boolean municipal,
                         boolean hasTable,
                         boolean truncated,
                         @Nullable String notes,
                         @Nullable List<Decision> decisions) {

    public CorpusGold {
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** An item that tells someone to do something: number as printed ("1", "2)", "а)", "IV"), first words. */
    public record Decision(@Nullable String number,
                           String text,
                           @Nullable List<Addressee> addressees,
                           @Nullable List<String> persons,
                           @Nullable Deadline deadline,
                           @Nullable String note) {

        public Decision {
            addressees = addressees == null ? List.of() : List.copyOf(addressees);
            persons = persons == null ? List.of() : List.copyOf(persons);
            deadline = deadline == null ? Deadline.NONE : deadline;
        }
    }

    /** Who must act, as printed (person in brackets left out), with its kind (an AddresseeKind name or CONTROL). */
    public record Addressee(String raw, @Nullable String kind) {
    }

    /**
     * A deadline: kind (DATE, MONTH, RANGE, YEAR, ONGOING, PERIODIC, RELATIVE, UNSPECIFIED, NONE), ISO dates
     * from/to, the words as printed, recurrence, the event a relative deadline counts from, and further dates
     * the item names beside its due date.
     */
    public record Deadline(String kind,
                           @Nullable String from,
                           @Nullable String to,
                           @Nullable String raw,
                           @Nullable String recurrence,
                           @Nullable String anchor,
                           @Nullable List<String> otherDates) {

        static final Deadline NONE = new Deadline("NONE", null, null, null, null, null, List.of());

        public Deadline {
            kind = kind == null ? "NONE" : kind;
            otherDates = otherDates == null ? List.of() : List.copyOf(otherDates);
        }
    }
}
