package dev.svod.corpus;

import dev.svod.parsing.Region;
import dev.svod.parsing.RegionDirectory;
import dev.svod.protocol.DeadlineKind;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static dev.svod.corpus.Vocabulary.ADDRESSEES;
import static dev.svod.corpus.Vocabulary.DISTRICTS;
import static dev.svod.corpus.Vocabulary.FOLLOW_UPS;
import static dev.svod.corpus.Vocabulary.MONTHS_GENITIVE;
import static dev.svod.corpus.Vocabulary.REGIONAL_BODIES;
import static dev.svod.corpus.Vocabulary.SURNAMES;
import static dev.svod.corpus.Vocabulary.TOPICS;
import static dev.svod.corpus.Vocabulary.VERBS;

/**
 * Writes the text of protocol number {@code index} of a corpus. Each protocol draws from its own random stream
 * seeded by (seed, index), so a protocol does not depend on the others and the corpus can be written in parallel
 * and still be the same for the same seed. Regions go round a seed-shuffled list, so every one of the 89 appears
 * in any corpus of 89 protocols or more.
 */
public final class ProtocolComposer {

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);
    private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    private static final int DAYS = 10 * 365;

    /** How the decisions of a section are numbered and addressed. */
    private enum Layout { FLAT, ADDRESSEE_BLOCKS, NUMBERED_ADDRESSEES, INLINE_ADDRESSEES, PARENTHESIS }

    private final long seed;
    private final List<Region> regions;

    public ProtocolComposer(long seed, RegionDirectory directory) {
        this.seed = seed;
        List<Region> shuffled = new ArrayList<>(directory.regions());
        SplittableRandom order = new SplittableRandom(seed);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = order.nextInt(i + 1);
            shuffled.set(i, shuffled.set(j, shuffled.get(i)));
        }
        this.regions = List.copyOf(shuffled);
    }

    public GeneratedProtocol compose(int index, ProtocolFormat format) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        Region region = regions.get(index % regions.size());
        LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
        List<String> body = REGIONAL_BODIES.get(random.nextInt(REGIONAL_BODIES.size()));
        String regionalBody = String.format(body.get(0), region.genitive());
        boolean municipal = random.nextInt(5) == 0;
        String municipality = null;
        StringBuilder text = new StringBuilder();
        if (random.nextInt(20) == 0) {
            text.append("ПРОЕКТ\n\n");
        }
        String number = numberOf(random, date);
        String kind;
        String issuingBody;
        switch (municipal ? 3 : random.nextInt(3)) {
            case 0 -> {
                kind = "протокол заседания коллегии";
                issuingBody = regionalBody;
                text.append(regionalBody.toUpperCase(Locale.ROOT)).append("\n\nПРОТОКОЛ\nзаседания коллегии ")
                        .append(String.format(body.get(1), region.genitive())).append("\n\nот ").append(inWords(date))
                        .append("\t\t\t\t№ ").append(number).append("\n\nг. ").append(region.capital()).append("\n\n");
            }
            case 1 -> {
                kind = "решение коллегии";
                issuingBody = regionalBody;
                text.append("РЕШЕНИЕ КОЛЛЕГИИ\n").append(regionalBody).append("\nот ").append(inWords(date)).append("\n\n");
            }
            case 2 -> {
                kind = "протокол совещания";
                issuingBody = "Губернатор " + region.genitive();
                text.append("ПРОТОКОЛ\nсовещания у губернатора ").append(region.genitive())
                        .append(" по вопросам развития образования\n\n").append(date.format(DOTTED)).append("\t\t\tг. ")
                        .append(region.capital()).append("\t\t\t№ ").append(number).append("\n\n");
            }
            default -> {
                kind = "протокол заседания";
                if (random.nextBoolean()) {
                    String city = region.cities().isEmpty() ? region.capital() : region.cities().get(random.nextInt(region.cities().size()));
                    municipality = city;
                    issuingBody = "Управление образования администрации муниципального образования «Город " + city + "»";
                    text.append(issuingBody).append("\n").append(region.name()).append("\n\n");
                } else {
                    String district = DISTRICTS.get(Math.floorMod(region.name().hashCode() + random.nextInt(6), DISTRICTS.size()));
                    municipality = district.substring(0, district.length() - 3)
                            + ("кгхжшчщ".indexOf(district.charAt(district.length() - 4)) >= 0 ? "ий" : "ый") + " муниципальный район";
                    issuingBody = "Отдел образования администрации " + district + " муниципального района";
                    text.append("Администрация ").append(district).append(" муниципального района ")
                            .append(region.genitive()).append("\nОТДЕЛ ОБРАЗОВАНИЯ\n\n");
                }
                text.append("ПРОТОКОЛ № ").append(number).append("\nзаседания муниципального методического совета\nот ")
                        .append(date.format(DOTTED)).append("\n\n");
            }
        }
        text.append("Председатель – ").append(person(random)).append("\nСекретарь – ").append(person(random))
                .append("\nПрисутствовали: ").append(12 + random.nextInt(30)).append(" человек (список прилагается)\n\n");

        List<Vocabulary.Topic> topics = topics(random);
        text.append("ПОВЕСТКА ДНЯ:\n\n");
        for (int t = 0; t < topics.size(); t++) {
            text.append(t + 1).append(". ").append(topics.get(t).agendaTitle()).append(".\n");
        }
        text.append('\n');
        List<ExpectedDecision> decisions = new ArrayList<>();
        int decisionsWanted = 12 + random.nextInt(17);
        for (int t = 0; t < topics.size(); t++) {
            int inSection = t == topics.size() - 1 ? decisionsWanted - decisions.size()
                    : Math.max(2, decisionsWanted / topics.size());
            section(text, random, region, body, topics.get(t), t + 1, Math.max(2, inSection), date.getYear(), decisions);
        }
        text.append("\nПредседатель\t\t\t\t\t").append(person(random)).append("\nСекретарь\t\t\t\t\t")
                .append(person(random)).append('\n');
        String name = String.format("%06d_%s_%s", index, slug(region), date);
        return new GeneratedProtocol(name, region.name(), municipality, issuingBody, kind, date, format,
                text.toString(), List.copyOf(decisions));
    }

    private void section(StringBuilder text, SplittableRandom random, Region region, List<String> body,
                         Vocabulary.Topic topic, int item, int count, int year, List<ExpectedDecision> decisions) {
        text.append(item).append(". СЛУШАЛИ:\n").append(topic.agendaTitle()).append(" (").append(person(random)).append(")\n\n");
        int paragraphs = 4 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            text.append(reportParagraph(random, topic)).append("\n\n");
        }
        text.append("РЕШИЛИ:\n\n");
        Layout layout = Layout.values()[random.nextInt(Layout.values().length)];
        switch (layout) {
            case FLAT, PARENTHESIS -> {
                String close = layout == Layout.FLAT ? "." : ")";
                for (int n = 1; n <= count; n++) {
                    decision(text, random, topic, n + close + " ", Integer.toString(n), null, year, decisions);
                }
            }
            case ADDRESSEE_BLOCKS -> {
                int written = 0;
                while (written < count) {
                    String addressee = addressee(random, region, body);
                    text.append(addressee).append(":\n\n");
                    int inBlock = Math.min(count - written, 2 + random.nextInt(4));
                    for (int n = 1; n <= inBlock; n++) {
                        decision(text, random, topic, n + ". ", Integer.toString(n), addressee, year, decisions);
                    }
                    written += inBlock;
                }
            }
            case NUMBERED_ADDRESSEES -> {
                int written = 0;
                for (int block = 1; written < count; block++) {
                    String addressee = addressee(random, region, body);
                    text.append(block).append(". ").append(addressee).append(" (").append(person(random)).append("):\n\n");
                    // the parser reads a numbered heading as a decision of its own, the parent of those under it
                    decisions.add(new ExpectedDecision(Integer.toString(block), addressee, DeadlineKind.NONE));
                    int inBlock = Math.min(count - written, 2 + random.nextInt(4));
                    for (int n = 1; n <= inBlock; n++) {
                        String number = block + "." + n;
                        decision(text, random, topic, number + ". ", number, addressee, year, decisions);
                    }
                    written += inBlock;
                }
            }
            case INLINE_ADDRESSEES -> {
                for (int n = 1; n <= count; n++) {
                    String addressee = addressee(random, region, body);
                    String lead = n + ". " + addressee + " (" + person(random) + ") ";
                    decision(text, random, topic, lead, Integer.toString(n), addressee, year, decisions);
                }
            }
            default -> throw new IllegalStateException(layout.name());
        }
    }

    /** One decision: the verb (lower-case after an inline addressee), its object, a detail, a deadline. */
    private static void decision(StringBuilder text, SplittableRandom random, Vocabulary.Topic topic, String lead,
                                 String number, String addressee, int year, List<ExpectedDecision> decisions) {
        String verb = VERBS.get(random.nextInt(VERBS.size()));
        if (lead.endsWith(") ")) {
            verb = Character.toLowerCase(verb.charAt(0)) + verb.substring(1);
        }
        DeadlineForms.Written deadline = DeadlineForms.pick(random, year);
        text.append(lead).append(verb).append(' ').append(pick(random, topic.objects())).append(' ')
                .append(pick(random, topic.details()));
        if (random.nextInt(4) == 0) {
            text.append(", предусмотрев:\n");
            int items = 2 + random.nextInt(3);
            for (int i = 0; i < items; i++) {
                text.append("- ").append(pick(random, topic.objects())).append(i == items - 1 ? "" : ";").append('\n');
            }
            text.setLength(text.length() - 1);
        }
        if (deadline.inline()) {
            text.append(' ').append(deadline.text()).append(".\n");
        } else {
            text.append(". ").append(pick(random, FOLLOW_UPS)).append("\n").append(deadline.text()).append('\n');
        }
        text.append('\n');
        decisions.add(new ExpectedDecision(number, addressee, deadline.kind()));
    }

    private static String reportParagraph(SplittableRandom random, Vocabulary.Topic topic) {
        StringBuilder p = new StringBuilder();
        int sentences = 4 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            p.append(switch (random.nextInt(5)) {
                case 0 -> "В докладе отмечено, что работа, направленная на " + pick(random, topic.objects())
                        + ", ведется " + pick(random, topic.details()) + ".";
                case 1 -> "По итогам " + (2015 + random.nextInt(10)) + " года выявлены недостатки, затрудняющие "
                        + pick(random, topic.objects()) + " в ряде муниципальных образований.";
                case 2 -> "Выступающие подчеркнули необходимость продолжить " + pick(random, topic.objects()) + " "
                        + pick(random, topic.details()) + ".";
                case 3 -> "Доля образовательных организаций, обеспечивших " + pick(random, topic.objects()) + ", составила "
                        + (40 + random.nextInt(60)) + " процентов.";
                default -> "Особое внимание уделено вопросам, связанным с тем, как обеспечить "
                        + pick(random, topic.objects()) + ".";
            }).append(' ');
        }
        return p.toString().strip();
    }

    private List<Vocabulary.Topic> topics(SplittableRandom random) {
        int count = 2 + random.nextInt(3);
        List<Vocabulary.Topic> all = new ArrayList<>(TOPICS);
        List<Vocabulary.Topic> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(all.remove(random.nextInt(all.size())));
        }
        return chosen;
    }

    private static String addressee(SplittableRandom random, Region region, List<String> body) {
        if (random.nextInt(4) == 0) {
            return String.format(body.get(2), region.genitive());
        }
        String template = ADDRESSEES.get(random.nextInt(ADDRESSEES.size()));
        return template.contains("%s") ? String.format(template, region.genitive()) : template;
    }

    private static String numberOf(SplittableRandom random, LocalDate date) {
        int n = 1 + random.nextInt(12);
        return switch (random.nextInt(3)) {
            case 0 -> Integer.toString(n);
            case 1 -> n + "/" + date.getYear();
            default -> n + "-кол";
        };
    }

    private static String person(SplittableRandom random) {
        return SURNAMES.get(random.nextInt(SURNAMES.size())) + " "
                + Vocabulary.INITIALS.charAt(random.nextInt(Vocabulary.INITIALS.length())) + "."
                + Vocabulary.INITIALS.charAt(random.nextInt(Vocabulary.INITIALS.length())) + ".";
    }

    private static String inWords(LocalDate date) {
        return String.format("%02d %s %d года", date.getDayOfMonth(), MONTHS_GENITIVE.get(date.getMonthValue() - 1), date.getYear());
    }

    private static String pick(SplittableRandom random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** An ASCII file-name part for the region: its position in the directory keeps names short and unique. */
    private String slug(Region region) {
        return "r" + String.format("%02d", RegionDirectory.standard().regions().indexOf(region) + 1);
    }
}
