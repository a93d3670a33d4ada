package dev.svod.search;

import dev.svod.parsing.RegionDirectory;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class QueryUnderstandingTest {

    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private final QueryUnderstanding understanding = new QueryUnderstanding(new Thesaurus(), RegionDirectory.standard(), TODAY);

    private UnderstoodQuery read(String query) {
        return understanding.read(query, Set.of());
    }

    private static List<String> words(List<QueryUnit> units) {
        return units.stream().map(QueryUnit::words).toList();
    }

    private static QueryChip chip(UnderstoodQuery q, QueryChip.Kind kind) {
        return q.chips().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void read_plainTopic_isOneUnitWithoutChips() {
        UnderstoodQuery q = read("наставничество");
        assertThat(words(q.required())).containsExactly("наставничество");
        assertThat(q.chips()).isEmpty();
        assertThat(q.minimumToMatch()).isEqualTo(1);
    }

    @Test
    void read_wordSaidDifferently_carriesThesaurusAlternatives() {
        UnderstoodQuery q = read("подготовка школ к зиме");
        QueryUnit preparation = q.required().get(0);
        assertThat(preparation.words()).isEqualTo("подготовка");
        assertThat(preparation.expansions()).contains("готовность");
        QueryUnit winter = q.required().stream().filter(u -> u.words().equals("зиме")).findFirst().orElseThrow();
        assertThat(winter.expansions()).contains("отопительный сезон", "осенне-зимний период");
    }

    @Test
    void read_lowerCaseAbbreviation_isExpandedLikeCapitals() {
        assertThat(read("гиа").required().get(0).expansions()).contains("государственная итоговая аттестация");
        assertThat(read("ГИА").required().get(0).expansions()).contains("государственная итоговая аттестация");
    }

    @Test
    void read_multiWordThesaurusPhraseInAnyCase_isOneUnit() {
        UnderstoodQuery q = read("финансирование летнего отдыха детей");
        assertThat(words(q.required())).containsExactly("финансирование", "летнего отдыха", "детей");
        assertThat(q.required().get(1).expansions()).contains("летняя оздоровительная кампания");
        assertThat(q.required().get(0).expansions()).contains("субсидия");
        assertThat(q.minimumToMatch()).isEqualTo(2);
    }

    @Test
    void read_regionAdjectiveInstituteAndQuarter_becomeChips() {
        UnderstoodQuery q = read("Смоленский ИРО: задачи на первый квартал 2022");
        assertThat(chip(q, QueryChip.Kind.REGION).value()).isEqualTo("Смоленская область");
        assertThat(chip(q, QueryChip.Kind.ADDRESSEE).value()).isEqualTo("DEVELOPMENT_INSTITUTE");
        QueryChip deadline = chip(q, QueryChip.Kind.DEADLINE);
        assertThat(deadline.periods()).containsExactly(new QueryChip.Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 31)));
        assertThat(q.required()).isEmpty();
        assertThat(words(q.optional())).contains("задачи", "ИРО");
    }

    @Test
    void read_monthWithoutYear_meansThatMonthEveryYear() {
        UnderstoodQuery q = read("поручения со сроком в декабре");
        QueryChip deadline = chip(q, QueryChip.Kind.DEADLINE);
        assertThat(deadline.periods()).contains(new QueryChip.Period(LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 31)),
                new QueryChip.Period(LocalDate.of(2027, 12, 1), LocalDate.of(2027, 12, 31)));
        assertThat(deadline.words()).isEqualTo("в декабре");
        assertThat(words(q.optional())).contains("поручения", "сроком");
        assertThat(q.required()).isEmpty();
    }

    @Test
    void read_byMonth_meansDueInThatMonth() {
        QueryChip deadline = chip(read("сроки по ГИА к сентябрю 2022"), QueryChip.Kind.DEADLINE);
        assertThat(deadline.periods()).containsExactly(new QueryChip.Period(LocalDate.of(2022, 9, 1), LocalDate.of(2022, 9, 30)));
        UnderstoodQuery endOfMay = read("со сроком до конца мая 2011");
        assertThat(chip(endOfMay, QueryChip.Kind.DEADLINE).periods())
                .containsExactly(new QueryChip.Period(LocalDate.of(2011, 5, 1), LocalDate.of(2011, 5, 31)));
        assertThat(endOfMay.required()).isEmpty();
    }

    @Test
    void read_addresseeAndRegionInCaseForms_becomeChipsAndQuestionWordsOnlyRank() {
        UnderstoodQuery q = read("что поручено органам местного самоуправления Амурской области");
        assertThat(chip(q, QueryChip.Kind.REGION).value()).isEqualTo("Амурская область");
        assertThat(chip(q, QueryChip.Kind.REGION).words()).isEqualTo("Амурской области");
        assertThat(chip(q, QueryChip.Kind.ADDRESSEE).value()).isEqualTo("MUNICIPAL_AUTHORITY");
        assertThat(q.required()).isEmpty();
        assertThat(words(q.optional())).contains("поручено", "органам местного самоуправления");
    }

    @Test
    void read_endOfYearAndRepublicInGenitive() {
        UnderstoodQuery q = read("отчеты Республики Коми до конца года");
        assertThat(chip(q, QueryChip.Kind.REGION).value()).isEqualTo("Республика Коми");
        assertThat(chip(q, QueryChip.Kind.DEADLINE).periods()).contains(
                new QueryChip.Period(LocalDate.of(2022, 12, 31), LocalDate.of(2022, 12, 31)));
        assertThat(words(q.required())).containsExactly("отчеты");
    }

    @Test
    void read_removedChip_searchesItsWordsAsText() {
        UnderstoodQuery q = understanding.read("наставничество Амурской области", EnumSet.of(QueryChip.Kind.REGION));
        assertThat(q.chips()).isEmpty();
        assertThat(words(q.required())).containsExactly("наставничество", "Амурской", "области");
    }

    @Test
    void read_operators_keepTheirMeaning() {
        UnderstoodQuery q = read("\"дорожная карта\" ЕГЭ | ОГЭ -олимпиада мониторинг");
        assertThat(q.required()).anySatisfy(u -> {
            assertThat(u.phrase()).isTrue();
            assertThat(u.words()).isEqualTo("дорожная карта");
        });
        assertThat(q.required()).anySatisfy(u -> assertThat(u.alternatives()).containsExactly("ЕГЭ", "ОГЭ"));
        assertThat(q.excluded()).containsExactly("олимпиада");
        assertThat(words(q.required())).contains("мониторинг");
        // the quoted phrase is required on its own; of the two other units one must match
        assertThat(q.minimumToMatch()).isEqualTo(1);
    }

    @Test
    void read_unbalancedQuoteAndStrayBar_areReadAsPlainText() {
        UnderstoodQuery q = read("\"наставничество | ");
        assertThat(words(q.required())).containsExactly("наставничество");
    }

    @Test
    void minimumToMatch_growsWithTheQuery() {
        assertThat(read("реестр экспертов").minimumToMatch()).isEqualTo(1);
        assertThat(read("мониторинг качества").required()).hasSize(1);
        assertThat(read("итоги регионального конкурса молодых").minimumToMatch()).isEqualTo(2);
        UnderstoodQuery six = read("итоги регионального конкурса профессионального мастерства педагогов");
        assertThat(six.required()).hasSize(6);
        assertThat(six.minimumToMatch()).isEqualTo(3);
    }

    @Test
    void plainKinds_unknownName_isAnErrorThatNamesTheChoices() {
        assertThat(QueryUnderstanding.plainKinds("region,deadline")).containsExactlyInAnyOrder(QueryChip.Kind.REGION, QueryChip.Kind.DEADLINE);
        assertThat(QueryUnderstanding.plainKinds("all")).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(QueryChip.Kind.class));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> QueryUnderstanding.plainKinds("city"))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("region");
    }
}
