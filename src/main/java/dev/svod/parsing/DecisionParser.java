package dev.svod.parsing;

import dev.svod.protocol.Addressee;
import dev.svod.protocol.AgendaItem;
import dev.svod.protocol.Deadline;
import dev.svod.protocol.Decision;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the decisions of each block: numbered items into a {@link DecisionTree}, dash bullets and continuation
 * lines into their decision's text, unnumbered addressee headings ("ГАУ ДПО СОИРО:") over the decisions that
 * follow them, "Срок" lines onto the group of decisions they close, and addressees, persons, projects and
 * inline deadlines out of each text.
 */
final class DecisionParser {

    private final AddresseeParser addressees;
    private final @Nullable LocalDate protocolDate;
    private final List<AgendaItem> agenda;

    DecisionParser(AddresseeParser addressees, @Nullable LocalDate protocolDate, List<AgendaItem> agenda) {
        this.addressees = addressees;
        this.protocolDate = protocolDate;
        this.agenda = agenda;
    }

    List<Decision> parse(List<Segments.Block> blocks) {
        List<Decision> decisions = new ArrayList<>();
        for (Segments.Block block : blocks) {
            for (DecisionDraft d : drafts(block)) {
                Decision decision = finish(d);
                if (decision != null) {
                    decisions.add(decision);
                }
            }
        }
        return decisions;
    }

    private List<DecisionDraft> drafts(Segments.Block block) {
        String section = blockSection(block);
        DecisionTree<DecisionDraft> tree = new DecisionTree<>();
        List<DecisionDraft> drafts = new ArrayList<>();
        DecisionDraft current = null;
        AddresseePhrase heading = null;
        int scope = 0;
        for (ClassifiedLine line : block.lines) {
            switch (line.kind()) {
                case NUMBERED -> {
                    section = topicSection(line.rest(), section);
                    DecisionDraft owner = SubItems.isParenthesised(line) ? SubItems.owner(current) : null;
                    current = new DecisionDraft(line.number(), line.rest(), section, heading, scope, false);
                    current.parent = owner != null ? owner : tree.add(line.number(), current);
                    if (owner != null) {
                        owner.hasSubList = true;
                    }
                    if (current.parent != null) {
                        current.parent.hasChildren = true;
                        current.parent.hasNumberedChildren |= owner == null;
                    }
                    drafts.add(current);
                }
                case BULLET -> {
                    String letter = SubItems.letter(line.text());
                    DecisionDraft owner = letter == null ? SubItems.dashOwner(current, line.rest(), addressees)
                            : SubItems.owner(current);
                    if (owner != null) {
                        current = new DecisionDraft(null, line.rest(), section, heading, scope, false);
                        current.label = letter;
                        current.dashed = letter == null;
                        current.parent = owner;
                        owner.hasChildren = true;
                        owner.hasSubList |= letter != null;
                        owner.hasDashList |= letter == null;
                        drafts.add(current);
                    } else if (current == null || current.fromBullet) {
                        current = new DecisionDraft(null, line.rest(), section, heading, scope, true);
                        drafts.add(current);
                    } else {
                        current.append(line.text());
                    }
                }
                case DEADLINE -> assignDeadline(drafts, line.rest());
                case RESPONSIBLE -> {
                    if (current != null) {
                        current.extraPersons.addAll(Persons.find(line.rest()));
                        current.responsibleBodies.addAll(Responsibles.bodies(line.rest(), addressees.regionalIssuer()));
                    }
                }
                case TEXT, PRESENT, AGENDA_MARKER -> {
                    OptionalInt topic = TopicOrdinals.of(line.text());
                    if (topic.isPresent() && Words.split(line.text()).size() <= 6) {
                        section = topicSection(line.text(), section);
                        continue;
                    }
                    Optional<AddresseePhrase> phrase = addressees.parse(line.text());
                    if (phrase.isPresent() && phrase.get().heading()) {
                        heading = phrase.get();
                        scope++;
                        tree.reset();
                        current = null;
                    } else if (current != null && (current.endsWithColon() || Words.startsLowercase(line.text()))) {
                        current.append(line.text());
                    } else if (phrase.isPresent() || Words.hasEarlyInfinitive(line.text(), 8)) {
                        current = new DecisionDraft(null, line.text(), section, heading, scope, false);
                        drafts.add(current);
                    } else if (current != null && current.deadline == null) {
                        current.append(line.text());
                    }
                }
                default -> {
                }
            }
        }
        return drafts;
    }

    /**
     * A "Срок" line closes the decisions above it that have no deadline of their own: the last one, and its
     * siblings before it back to the first that has a deadline or is of another parent, heading or section.
     */
    private void assignDeadline(List<DecisionDraft> drafts, String raw) {
        if (drafts.isEmpty()) {
            return;
        }
        Deadline deadline = DeadlineParser.parse(raw, protocolDate);
        DecisionDraft last = drafts.get(drafts.size() - 1);
        List<DecisionDraft> group = new ArrayList<>(List.of(last));
        if (last.deadline == null && !last.hasStrongInline(protocolDate) && !last.hasChildren) {
            for (int k = drafts.size() - 2; k >= 0; k--) {
                DecisionDraft p = drafts.get(k);
                boolean sameGroup = p.deadline == null && !p.hasChildren && !noted(p) && p.parent == last.parent
                        && p.scope == last.scope && java.util.Objects.equals(p.section, last.section)
                        && !p.hasStrongInline(protocolDate);
                if (!sameGroup) {
                    break;
                }
                group.add(p);
            }
        }
        boolean shared = group.size() > 1;
        for (DecisionDraft d : group) {
            d.deadline = shared ? deadline.asShared() : deadline;
        }
    }

    /** "Информацию принять к сведению": noted, nothing to do, so no deadline reaches it from a group. */
    private static boolean noted(DecisionDraft d) {
        String text = Words.lower(d.text.toString());
        return text.length() < 120 && text.contains("к сведению");
    }

    private @Nullable Decision finish(DecisionDraft d) {
        String text = d.text.toString().trim();
        if (text.isEmpty() || isHeadingOnly(d)) {
            return null;
        }
        Optional<Addressee> named = ControlClauses.read(text)
                .or(() -> Assignments.read(text, addressees.regionalIssuer()));
        Optional<AddresseePhrase> own = named.isPresent() ? Optional.empty() : ownAddressees(d);
        AddresseePhrase source = named.isPresent() ? null : own.orElseGet(() -> inherited(d));
        List<Addressee> list = named.map(List::of).orElse(source == null ? List.of() : source.addressees());
        if (named.isEmpty() && own.isEmpty() && !d.responsibleBodies.isEmpty()) {
            list = List.copyOf(d.responsibleBodies);
        }
        if (list.isEmpty()) {
            list = InstrumentalAgents.read(text, addressees.regionalIssuer());
        }
        Set<String> persons = new LinkedHashSet<>();
        if (source != null) {
            persons.addAll(source.persons());
        }
        if (named.isPresent()) {
            persons.addAll(Persons.find(text));
        }
        persons.addAll(Persons.inParentheses(text));
        persons.addAll(d.extraPersons);
        // A deadline from a "Срок" line or column keeps the dates the text itself names beside it.
        Deadline deadline = d.deadline != null ? d.deadline.withOtherDates(InlineDeadlines.dates(text, protocolDate))
                : d.inline(protocolDate).map(InlineDeadlines.Found::deadline).orElse(Deadline.NONE);
        String number = d.label != null ? d.label : d.number == null ? null : d.number.printed();
        // An unnumbered dash item under a heading that is no decision itself has nothing printed to point to.
        String parent = d.parent == null || d.parent.number == null || d.dashed && isHeadingOnly(d.parent) ? null
                : d.parent.number.printed();
        return new Decision(number, parent, text, d.section, list, new ArrayList<>(persons), deadline, Projects.find(text));
    }

    private boolean isHeadingOnly(DecisionDraft d) {
        return (d.hasSubList || d.hasDashList && !d.hasNumberedChildren)
                && SubItems.headsOnly(d.text.toString().trim(), addressees);
    }

    private Optional<AddresseePhrase> ownAddressees(DecisionDraft d) {
        return d.own(addressees);
    }

    /** The addressees of the nearest ancestor that has its own, else of the heading the decision stands under. */
    private @Nullable AddresseePhrase inherited(DecisionDraft d) {
        for (DecisionDraft p = d.parent; p != null; p = p.parent) {
            Optional<AddresseePhrase> own = ownAddressees(p);
            if (own.isPresent()) {
                return own.get();
            }
        }
        return d.heading;
    }

    private @Nullable String blockSection(Segments.Block block) {
        if (block.title != null && !(block.number != null && block.title.equals(block.number.printed()))) {
            return trimTitle(block.title);
        }
        if (block.number != null) {
            return agendaSection(block.number.parts().get(0)).orElse(block.number.printed());
        }
        return block.topic > 0 ? agendaSection(block.topic).orElse(null) : null;
    }

    private @Nullable String topicSection(String text, @Nullable String current) {
        OptionalInt topic = TopicOrdinals.of(text);
        return topic.isPresent() ? agendaSection(topic.getAsInt()).orElse(current) : current;
    }

    private Optional<String> agendaSection(int n) {
        String wanted = Integer.toString(n);
        return agenda.stream().filter(a -> wanted.equals(a.number()))
                .map(a -> trimTitle(a.number() + ". " + a.title())).findFirst();
    }

    private static final java.util.regex.Pattern NAMES_IN_PARENTHESES = java.util.regex.Pattern.compile(
            "\\s*\\((?:\\s*[А-ЯЁ][а-яё-]+\\s[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.\\s*,?)+\\)\\s*[.;]?\\s*$");

    /** A title without its end punctuation and without a closing list of speakers "(Сидорова Н.Н., Павлов И.С.)". */
    static String trimTitle(String title) {
        String t = NAMES_IN_PARENTHESES.matcher(Words.squeeze(title)).replaceFirst("");
        int to = t.length();
        while (to > 0 && ".:; ".indexOf(t.charAt(to - 1)) >= 0) {
            to--;
        }
        return t.substring(0, to);
    }
}
