package dev.svod.parsing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RegionDirectoryTest {

    private final RegionDirectory regions = RegionDirectory.standard();

    @Test
    void standard_dataFile_holdsAll89SubjectsWithFormsAndCapitals() {
        assertThat(regions.regions()).hasSize(89);
        Set<String> names = new HashSet<>();
        assertThat(regions.regions()).allSatisfy(r -> {
            assertThat(names.add(r.name())).as("unique " + r.name()).isTrue();
            assertThat(r.genitive()).isNotBlank();
            assertThat(r.dative()).isNotBlank();
            assertThat(r.prepositional()).isNotBlank();
            assertThat(r.instrumental()).isNotBlank();
            assertThat(r.cities()).isNotEmpty();
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Министерство образования и науки Хабаровского края|Хабаровский край",
            "Департамента Смоленской области по образованию и науке|Смоленская область",
            "в Хабаровском крае|Хабаровский край",
            "Министерству образования Республики Татарстан|Республика Татарстан",
            "школы Татарстана|Республика Татарстан",
            "Правительство Республики Саха (Якутия)|Республика Саха (Якутия)",
            "в Ханты-Мансийском автономном округе — Югре|Ханты-Мансийский автономный округ — Югра",
            "образование Кузбасса|Кемеровская область",
            "Комитет по образованию Санкт-Петербурга|Санкт-Петербург",
            "с Чувашской Республикой|Чувашская Республика",
            "Министерство просвещения Донецкой Народной Республики|Донецкая Народная Республика",
            "ЕАО|Еврейская автономная область"})
    void first_anyCaseForm_findsRegionInNominative(String text, String region) {
        assertThat(regions.first(text)).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo(region));
    }

    @Test
    void first_bareWordOblast_findsNothing() {
        assertThat(regions.first("совещания губернатора области по вопросам образования")).isEmpty();
    }

    @Test
    void mentions_severalRegions_areFoundInOrderWithOffsets() {
        var mentions = regions.mentions("(г. Москва, Московская область, Ленинградская область, Алтайский край)");

        assertThat(mentions).extracting(m -> m.region().name())
                .containsExactly("Москва", "Московская область", "Ленинградская область", "Алтайский край");
        assertThat(mentions.get(1).start()).isEqualTo(12);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "г. Благовещенск|Благовещенск|Амурская область",
            "*г. Смоленск, переулок Киевский|Смоленск|Смоленская область",
            "администрации г. Хабаровска|Хабаровск|Хабаровский край",
            "город Ростов-на-Дону|Ростов-на-Дону|Ростовская область",
            "г. Нижний Новгород|Нижний Новгород|Нижегородская область"})
    void city_afterGorod_readsCityAndItsRegion(String text, String city, String region) {
        assertThat(regions.city(text)).hasValue(city);
        assertThat(regions.byCity(city)).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo(region));
    }
}
