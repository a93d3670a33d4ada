package dev.svod.parsing;

import dev.svod.protocol.Deadline;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A decision while its block is being read: its text grows line by line, its deadline may come later. */
final class DecisionDraft {

    final @Nullable DecisionNumber number;
    final StringBuilder text;
    final @Nullable String section;
    final @Nullable AddresseePhrase heading;
    final int scope;
    final boolean fromBullet;
    final List<String> extraPersons = new ArrayList<>();
    /** Bodies named in a "Ответственный:" line or column. */
    final List<dev.svod.protocol.Addressee> responsibleBodies = new ArrayList<>();
    @Nullable DecisionDraft parent;
    /**
     * Has sub-items in another style ("1)", "а)") under its colon. Such a parent that only names addressees is a
     * heading, not a decision; a parent over "1.1", "1.2" stays a decision, as the seeds' annotation has it.
     */
    boolean hasSubList;
    /** The label of a lettered sub-item ("а)"), which has no {@link DecisionNumber}. */
    @Nullable String label;
    boolean hasChildren;
    /** A "- провести …" action listed under an addressee heading ({@link SubItems#dashOwner}). */
    boolean dashed;
    /** Has such dash actions under it; it is a heading only while no "2.1" hangs under it too. */
    boolean hasDashList;
    /** Has sub-items numbered like "2.1" (placed by the {@link DecisionTree}). */
    boolean hasNumberedChildren;
    @Nullable Deadline deadline;
    private @Nullable AddresseePhrase own;
    private boolean ownRead;
    private @Nullable Optional<InlineDeadlines.Found> inline;
    private int inlineLength = -1;

    DecisionDraft(@Nullable DecisionNumber number, String text, @Nullable String section,
                  @Nullable AddresseePhrase heading, int scope, boolean fromBullet) {
        this.number = number;
        this.text = new StringBuilder(text);
        this.section = section;
        this.heading = heading;
        this.scope = scope;
        this.fromBullet = fromBullet;
    }

    void append(String line) {
        if (text.length() > 0) {
            text.append('\n');
        }
        text.append(line);
    }

    boolean endsWithColon() {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == ':';
    }

    /** The addressees the text itself opens with, read once. */
    Optional<AddresseePhrase> own(AddresseeParser parser) {
        if (!ownRead) {
            own = parser.parse(text.toString()).orElse(null);
            ownRead = true;
        }
        return Optional.ofNullable(own);
    }

    /** The deadline written in the text itself, read once per text (the text may still grow). */
    Optional<InlineDeadlines.Found> inline(@Nullable java.time.LocalDate protocolDate) {
        if (inline == null || inlineLength != text.length()) {
            inline = InlineDeadlines.find(text.toString(), protocolDate);
            inlineLength = text.length();
        }
        return inline;
    }

    boolean hasStrongInline(@Nullable java.time.LocalDate protocolDate) {
        return inline(protocolDate).map(InlineDeadlines.Found::strong).orElse(false);
    }
}
