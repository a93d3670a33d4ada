package dev.svod.parsing;

import dev.svod.protocol.Addressee;
import dev.svod.protocol.Decision;
import dev.svod.testsupport.SeedProtocols;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of random and mutated seed texts (fixed random seed, so a failure repeats): the full reading must not
 * throw, and what it returns must hold together.
 */
class ParserFuzzTest {

    private static final long SEED = 20211216L;
    private static final String[] VOCABULARY = {
            "1.", "1.1.", "2.2.", "3.1.1.", "1.2.3.1.", "1)", "-", "–", "•", "Срок:", "Срок –", "СЛУШАЛИ:", "РЕШИЛИ:",
            "Решение:", "Коллегия решила:", "Повестка", "Председатель", "Секретарь", "Ответственный:", "ПРОТОКОЛ", "ПРОЕКТ",
            "до", "не позднее", "с", "по", "в течение", "ежегодно", "постоянно", "раз", "в", "год", "года", "т.г.",
            "01.12.2020", "01.12. 2020", "01.05 2022", "31.02.2022", "1 сентября", "марта", "январь-май,", "I", "квартал",
            "2022", "2022-2023", "учебного", "г.", "г. г.", "(", ")", "«", "»", "\"", ":", ";", ",", ".", "\n", "\n\n",
            "Министерству", "образования", "Органам", "местного", "самоуправления", "Рекомендовать", "главам",
            "ГАУ", "ДПО", "СОИРО", "(Зотова Ю.В.)", "Ю.В. Зотова", "обеспечить", "провести", "Утвердить", "проект",
            "«500+»", "Хабаровского", "края", "г. Благовещенск", "области", "(далее – министерство)", "По первому вопросу",
            "О", "мониторинге", "№", "от", "Информацию", "принять", "к", "сведению"};

    private final ProtocolParser parser = new ProtocolParser();
    private final Random random = new Random(SEED);

    @Test
    void read_mutatedSeedTexts_neverThrowsAndHoldsTogether() {
        List<String> seeds = SeedProtocols.NAMES.stream().map(SeedProtocols::text).toList();
        for (int i = 0; i < 2500; i++) {
            String text = seeds.get(random.nextInt(seeds.size()));
            int mutations = 1 + random.nextInt(6);
            for (int m = 0; m < mutations; m++) {
                text = mutate(text);
            }
            check(text);
        }
    }

    @Test
    void read_randomTexts_neverThrowsAndHoldsTogether() {
        for (int i = 0; i < 1500; i++) {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(300);
            for (int w = 0; w < words; w++) {
                text.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            check(text.toString());
        }
        for (int i = 0; i < 300; i++) {
            check(randomCharacters(random.nextInt(2000)));
        }
    }

    @Test
    void read_pathologicalTexts_neverThrowsAndHoldsTogether() {
        check("(".repeat(20_000) + "1. Утвердить");
        check("«".repeat(20_000) + "\n1. Утвердить");
        check("1.".repeat(20_000));
        check("до до до ".repeat(5_000) + "01.12.2020");
        check("Министерству образования и науки края ".repeat(2_000) + ":");
        check(("1.1.1.1.1.1.1. Провести\n").repeat(2_000));
        check("- пункт\n".repeat(5_000));
        check("Срок: до 01.12.2020\n".repeat(3_000));
        check("\"".repeat(10_000));
        check("a".repeat(200_000));
    }

    @Test
    void read_thousandDecisions_readsThemAll() {
        String text = SyntheticProtocol.withDecisions(1_000);

        ParsedProtocol p = parser.read(text);

        assertThat(p.decisions()).hasSizeGreaterThanOrEqualTo(1_000);
        assertThat(p.decisions()).filteredOn(d -> d.deadline().to() != null).hasSizeGreaterThanOrEqualTo(500);
    }

    private void check(String text) {
        ParsedProtocol p = parser.read(text);
        assertThat(p).isNotNull();
        assertThat(p.decisions()).isNotNull();
        assertThat(p.agenda()).isNotNull();
        Set<String> seen = new HashSet<>();
        for (Decision d : p.decisions()) {
            assertThat(d.text()).as("decision text in %s", shorten(text)).isNotBlank();
            assertThat(d.deadline()).isNotNull();
            assertThat(d.deadline().kind()).isNotNull();
            if (d.deadline().from() != null && d.deadline().to() != null) {
                assertThat(d.deadline().from()).as("from ≤ to in %s", shorten(text)).isBeforeOrEqualTo(d.deadline().to());
            }
            assertThat(d.addressees()).allSatisfy((Addressee a) -> {
                assertThat(a.name()).isNotBlank();
                assertThat(a.kind()).isNotNull();
            });
            assertThat(d.persons()).isNotNull().doesNotContainNull();
            assertThat(d.projects()).isNotNull().doesNotContainNull();
            if (d.parent() != null) {
                assertThat(seen).as("parent %s of %s printed before it", d.parent(), d.number()).contains(d.parent());
            }
            if (d.number() != null) {
                seen.add(d.number());
            }
        }
    }

    private String mutate(String text) {
        if (text.isEmpty()) {
            return randomCharacters(50);
        }
        int at = random.nextInt(text.length());
        int length = Math.min(text.length() - at, random.nextInt(200));
        return switch (random.nextInt(10)) {
            case 0 -> text.substring(0, at) + text.substring(at + length);
            case 1 -> text.substring(0, at) + randomCharacters(1 + random.nextInt(20)) + text.substring(at);
            case 2 -> text.substring(0, at) + VOCABULARY[random.nextInt(VOCABULARY.length)] + text.substring(at);
            case 3 -> String.join("\n", SeedProtocols.wrap(text, 20 + random.nextInt(100)));
            case 4 -> shuffleLines(text);
            case 5 -> text.replace('\n', ' ');
            case 6 -> text.substring(0, at);
            case 7 -> text.substring(0, at) + text.substring(at, at + length).repeat(1 + random.nextInt(5)) + text.substring(at + length);
            case 8 -> random.nextBoolean() ? text.toUpperCase() : text.toLowerCase();
            default -> text.replaceAll("\\d", String.valueOf(random.nextInt(10)));
        };
    }

    private String shuffleLines(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        java.util.Collections.shuffle(lines, random);
        return String.join("\n", lines);
    }

    private String randomCharacters(int n) {
        String alphabet = "абвгдеёжзиклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ0123456789 .,;:-–—()«»\"\n\t\r/+№*_IVX";
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(50) == 0 ? (char) random.nextInt(0x3000) : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
