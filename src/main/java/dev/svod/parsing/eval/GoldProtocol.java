package dev.svod.parsing.eval;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * A hand-written annotation of one protocol: what a careful reader finds in it. Decision texts and section titles
 * are prefixes; addressees are referred to by a key into {@link #addressees}. A field left out means empty/null.
 */
public record GoldProtocol(String protocol,
                           @Nullable String region,
                           @Nullable String municipality,
                           @Nullable String city,
                           @Nullable String issuingBody,
                           @Nullable String kind,
                           @Nullable String date,
                           @Nullable String number,
                           boolean draft,
                           @Nullable String chair,
                           @Nullable String secretary,
                           @Nullable List<AgendaItem> agenda,
                           @Nullable Map<String, Addressee> addressees,
                           List<Decision> decisions) {

    public GoldProtocol {
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        addressees = addressees == null ? Map.of() : Map.copyOf(addressees);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** An agenda item: number as printed, title prefix. */
    public record AgendaItem(@Nullable String number, String title) {
    }

    public record Addressee(String name, String kind) {
    }

    /** A decision: number, parent, section prefix, text prefix, addressee keys, persons, projects, deadline. */
    public record Decision(@Nullable String number,
                           @Nullable String parent,
                           @Nullable String section,
                           String text,
                           @Nullable List<String> addressees,
                           @Nullable List<String> persons,
                           @Nullable List<String> projects,
                           @Nullable Deadline deadline) {

        public Decision {
            addressees = addressees == null ? List.of() : List.copyOf(addressees);
            persons = persons == null ? List.of() : List.copyOf(persons);
            projects = projects == null ? List.of() : List.copyOf(projects);
            deadline = deadline == null ? new Deadline("NONE", null, null, false, null) : deadline;
        }
    }

    public record Deadline(String kind, @Nullable String from, @Nullable String to, boolean shared,
                           @Nullable String recurrence) {
    }
}
