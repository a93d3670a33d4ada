package dev.svod.parsing;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header: the kind of document (протокол заседания, решение коллегии, решение ГМС, резолюция…), the
 * issuing body, region, municipality and city, the date and number, the draft mark and the title.
 */
final class HeaderParser {

    private static final Pattern KIND = Pattern.compile(
            "^(ПРОТОКОЛ|Протокол|РЕШЕНИЕ|Решение|РЕЗОЛЮЦИЯ|Резолюция|ПОСТАНОВЛЕНИЕ|Постановление|РЕКОМЕНДАЦИИ|Рекомендации"
                    + "|ПРИКАЗ|Приказ|РАСПОРЯЖЕНИЕ|Распоряжение|УКАЗ|Указ"
                    + "|ИТОГОВЫЙ ДОКУМЕНТ|Итоговый документ|ВЫПИСКА ИЗ ПРОТОКОЛА|Выписка из протокола)(?![А-ЯЁа-яё])\\s*(.*)$");
    /** Plans are named by what they are, not by one word: "План мероприятий", "Дорожная карта", "Сетевой график". */
    private static final Pattern PLAN = Pattern.compile(
            "^(?:ПЛАН|План|КОМПЛЕКСНЫЙ ПЛАН|Комплексный план|ДОРОЖНАЯ КАРТА|Дорожная карта|СЕТЕВОЙ ГРАФИК|Сетевой график)(?![А-ЯЁа-яё])");
    /** A word printed letter by letter for emphasis: "П Р О Т О К О Л". */
    private static final Pattern SPACED_OUT = Pattern.compile("^(?:[А-ЯЁ] ){3,}[А-ЯЁ]\\b(.*)$");
    private static final Set<String> MEETINGS = Set.of(
            "заседания", "совещания", "собрания", "конференции", "семинара", "форума", "слушаний", "заседание");
    private static final Set<String> BODIES = Set.of("коллегии", "совета", "комиссии", "педсовета", "президиума");
    private static final Pattern DRAFT = Pattern.compile("(?<![А-ЯЁа-яё])ПРОЕКТ(?![А-ЯЁа-яё])|^Проект\\.?$");
    private static final Pattern NUMBER = Pattern.compile("№\\s*([^\\s,;)]*\\d[^\\s,;)]*)");
    private static final Pattern DATED = Pattern.compile("(?<![а-яё])от\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LEADING_NUMBER_OR_DATE = Pattern.compile("^(?:№\\s*\\S*\\s*|от\\s+\\S+\\s*)+");
    private static final Pattern PLACE_OR_NUMBER = Pattern.compile("(?<![А-ЯЁа-яё])г\\.\\s*[А-ЯЁ][а-яё-]+|№\\s*\\S*");
    private static final int HEADER_LINES = 14;

    private final RegionDirectory regions;

    HeaderParser(RegionDirectory regions) {
        this.regions = regions;
    }

    Header parse(List<ClassifiedLine> headerLines, List<String> allLines, List<ClassifiedLine> trailer) {
        List<String> lines = new ArrayList<>();
        for (ClassifiedLine l : headerLines) {
            if (lines.size() < HEADER_LINES) {
                lines.add(unspaced(l.text()));
            }
        }
        String text = String.join("\n", lines);
        int kindLine = kindLine(lines);
        String kind = null;
        String body = null;
        String title = null;
        if (kindLine >= 0) {
            Matcher m = KIND.matcher(lines.get(kindLine));
            m.matches();
            String rest = m.group(2).trim();
            if (rest.isEmpty() && kindLine + 1 < lines.size()) {
                rest = lines.get(kindLine + 1);
            }
            String afterNumber = LEADING_NUMBER_OR_DATE.matcher(rest).replaceFirst("");
            String qualifier = qualifier(afterNumber);
            kind = Words.lower(m.group(1)) + (qualifier == null ? "" : " " + qualifier);
            body = bodyAfterKind(afterNumber, qualifier, lines, kindLine);
            title = title(rest, lines, kindLine);
        } else {
            kind = plan(lines);
        }
        Region region = region(text, trailer, allLines);
        String city = regions.city(text).orElse(null);
        if (region == null && city != null) {
            region = regions.byCity(city).orElse(null);
        }
        String nominative = nominativeBody(lines, kindLine);
        String issuingBody = nominative != null ? nominative : body == null ? null : IssuingBodies.withRegion(body, region, regions);
        return new Header(region == null ? null : region.name(), Municipalities.find(text, regions), city, issuingBody, kind, title,
                date(text, allLines), number(text), draft(allLines));
    }

    /** The body line closest above the kind line ("Министерство …" under "ПРАВИТЕЛЬСТВО …"), else the first one. */
    private static @Nullable String nominativeBody(List<String> lines, int kindLine) {
        String found = null;
        for (int i = 0; i < lines.size() && (i < kindLine || found == null); i++) {
            if (i != kindLine && IssuingBodies.isNominativeBody(lines.get(i))) {
                found = clean(lines.get(i));
            }
        }
        return found;
    }

    /** "П Р О Т О К О Л № 3" → "ПРОТОКОЛ № 3". */
    static String unspaced(String line) {
        Matcher m = SPACED_OUT.matcher(line);
        if (!m.matches()) {
            return line;
        }
        String word = line.substring(0, line.length() - m.group(1).length());
        return word.replace(" ", "") + m.group(1);
    }

    /** A plan of measures in the header, when no other kind of document is named. */
    private static @Nullable String plan(List<String> lines) {
        for (String l : lines) {
            if (PLAN.matcher(l).lookingAt()) {
                return "план мероприятий";
            }
        }
        return null;
    }

    private static int kindLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (KIND.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** "заседания", "коллегии", "ГМС": the word after the kind that says what met or decided. */
    private static @Nullable String qualifier(String rest) {
        List<String> words = Words.split(rest);
        if (words.isEmpty()) {
            return null;
        }
        String first = Words.stripPunctuation(words.get(0));
        String lower = Words.lower(first);
        if (MEETINGS.contains(lower) || BODIES.contains(lower)) {
            return lower;
        }
        return Words.isAbbreviation(first) ? first : null;
    }

    private static @Nullable String bodyAfterKind(String rest, @Nullable String qualifier, List<String> lines, int kindLine) {
        String after = rest;
        if (qualifier != null && (MEETINGS.contains(qualifier) || BODIES.contains(qualifier))) {
            List<String> words = Words.split(rest);
            after = String.join(" ", words.subList(1, words.size()));
        }
        String body = IssuingBodies.fromGenitive(after);
        if (body == null && kindLine + 1 < lines.size() && !lines.get(kindLine + 1).equals(rest)) {
            body = IssuingBodies.fromGenitive(lines.get(kindLine + 1));
        }
        return body;
    }

    private static @Nullable String title(String rest, List<String> lines, int kindLine) {
        List<Quotes.Quote> quotes = Quotes.find(rest);
        if (!quotes.isEmpty()) {
            return quotes.get(0).content();
        }
        for (int i = kindLine + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("О ") || l.startsWith("Об ")) {
                return DecisionParser.trimTitle(l);
            }
        }
        String cleaned = Words.squeeze(PLACE_OR_NUMBER.matcher(LEADING_NUMBER_OR_DATE.matcher(rest).replaceFirst("")).replaceAll(" "));
        Matcher dated = DATED.matcher(cleaned);
        if (dated.find() && !RussianDates.findAll(cleaned.substring(dated.start())).isEmpty()) {
            cleaned = cleaned.substring(0, dated.start()).trim();
        }
        return Words.split(cleaned).size() > 1 ? DecisionParser.trimTitle(cleaned) : null;
    }

    /** A body's head word shortly before a region's name: "Комитет образования и науки Курской области". */
    private static final Pattern BODY_OF_REGION = Pattern.compile(
            "(?iu)(?:министерств|комитет|департамент|управлени|правительств|администраци|совет|собрани|дум)[а-яё]*(?:\\s+\\S+){0,5}\\s+$");
    private static final int BODY_REACH = 80;

    /**
     * The header's region; else the city's; else the signatures'; else one region the whole text keeps naming, or
     * names once as a body's ("Комитет … Курской области", "Совета муниципального района … Республики Коми"); else
     * the one region of the known cities the text names.
     */
    private @Nullable Region region(String header, List<ClassifiedLine> trailer, List<String> allLines) {
        Optional<Region> inHeader = regions.first(header);
        if (inHeader.isPresent()) {
            return inHeader.get();
        }
        Optional<Region> byCity = regions.city(header).flatMap(regions::byCity);
        if (byCity.isPresent()) {
            return byCity.get();
        }
        Optional<Region> byAdjective = RegionalAdjectives.region(header, regions);
        if (byAdjective.isPresent()) {
            return byAdjective.get();
        }
        StringBuilder signatures = new StringBuilder();
        trailer.forEach(l -> signatures.append(l.text()).append('\n'));
        Optional<Region> signed = regions.first(signatures.toString());
        if (signed.isPresent()) {
            return signed.get();
        }
        String whole = String.join("\n", allLines);
        Map<String, Integer> counts = new HashMap<>();
        Region only = null;
        boolean ofABody = false;
        for (RegionDirectory.Mention m : regions.mentions(whole)) {
            counts.merge(m.region().name(), 1, Integer::sum);
            only = m.region();
            ofABody |= BODY_OF_REGION.matcher(whole.substring(Math.max(0, m.start() - BODY_REACH), m.start())).find();
        }
        if (counts.size() == 1 && (counts.values().iterator().next() >= 2 || ofABody)) {
            return only;
        }
        // named nowhere else, the region is the one of the known cities the text names, when they all lie in one
        Set<Region> ofCities = regions.regionsOfCities(whole);
        return counts.isEmpty() && ofCities.size() == 1 ? ofCities.iterator().next() : null;
    }

    private static @Nullable LocalDate date(String header, List<String> allLines) {
        LocalDate own = DocumentDates.own(header, DATED);
        if (own != null) {
            return own;
        }
        String top = String.join("\n", allLines.subList(0, Math.min(allLines.size(), HEADER_LINES)));
        return DocumentDates.own(top, DATED);
    }

    private static @Nullable String number(String header) {
        Matcher m = NUMBER.matcher(header);
        return m.find() ? m.group(1) : null;
    }

    private static boolean draft(List<String> allLines) {
        for (int i = 0; i < Math.min(6, allLines.size()); i++) {
            if (DRAFT.matcher(allLines.get(i)).find()) {
                return true;
            }
        }
        return false;
    }

    private static String clean(String line) {
        String s = line;
        Matcher dated = DATED.matcher(s);
        if (dated.find() && !RussianDates.findAll(s.substring(dated.start())).isEmpty()) {
            s = s.substring(0, dated.start());
        }
        return DecisionParser.trimTitle(s);
    }
}
