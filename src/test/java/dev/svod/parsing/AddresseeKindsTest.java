package dev.svod.parsing;

import dev.svod.protocol.AddresseeKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AddresseeKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Министерство образования и науки края|REGIONAL_AUTHORITY",
            "Департамент Смоленской области по образованию и науке|REGIONAL_AUTHORITY",
            "Управление общего образования министерства образования|REGIONAL_AUTHORITY",
            "Комитет образования Тверской области|REGIONAL_AUTHORITY",
            "Органы местного самоуправления, осуществляющие управление в сфере образования|MUNICIPAL_AUTHORITY",
            "ОМСУ|MUNICIPAL_AUTHORITY",
            "Отдел образования|MUNICIPAL_AUTHORITY",
            "Управление образования администрации города Хабаровска|MUNICIPAL_AUTHORITY",
            "Главы муниципальных образований области|MUNICIPALITY_HEADS",
            "Глава администрации района|MUNICIPALITY_HEADS",
            "Амурский областной институт развития образования|DEVELOPMENT_INSTITUTE",
            "ГАУ ДПО СОИРО|DEVELOPMENT_INSTITUTE",
            "ГАУ ДПО ЯО ИРО|DEVELOPMENT_INSTITUTE",
            "Центр непрерывного повышения профессионального мастерства педагогических работников|DEVELOPMENT_INSTITUTE",
            "Чувашский республиканский институт образования|DEVELOPMENT_INSTITUTE",
            "Образовательные организации|SCHOOLS",
            "Руководители общеобразовательных организаций|SCHOOLS",
            "Руководители ОО и ДОУ|SCHOOLS",
            "Директора школ|SCHOOLS",
            "Дошкольные образовательные организации|KINDERGARTENS",
            "Заведующие ДОУ|KINDERGARTENS",
            "Региональный центр оценки качества образования|OTHER",
            "ОГАУ СРЦОКО|OTHER",
            "Профессиональные образовательные организации|OTHER",
            "Администрации муниципальных районов и городских округов|MUNICIPALITY_HEADS",
            "Органы местного самоуправления муниципальных образований области|MUNICIPALITY_HEADS",
            "Министерство финансов Республики Калмыкия|OTHER",
            "Правительство Свердловской области|OTHER",
            "Начальник Управления образования города Ростова-на-Дону|MUNICIPAL_AUTHORITY",
            "Руководители территориальных подразделений Министерства образования и науки|REGIONAL_AUTHORITY",
            "Главное управление образования администрации области|REGIONAL_AUTHORITY",
            "ГБОУ ДПО ЦПК «Похвистневский РЦ»|DEVELOPMENT_INSTITUTE",
            "Руководители о/у|SCHOOLS"})
    void classify_name_givesKind(String name, AddresseeKind kind) {
        assertThat(AddresseeKinds.classify(name)).isEqualTo(kind);
    }
}
