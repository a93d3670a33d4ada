package dev.svod.parsing;

import dev.svod.protocol.Addressee;
import dev.svod.protocol.AddresseeKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponsiblesTest {

    @Test
    void bodies_participleAfterComma_goesOnWithTheSameName() {
        assertThat(Responsibles.bodies("Министерство образования области, органы местного самоуправления, "
                + "осуществляющие управление в сфере образования", true))
                .extracting(Addressee::raw)
                .containsExactly("Министерство образования области",
                        "органы местного самоуправления, осуществляющие управление в сфере образования");
    }

    @Test
    void bodies_abbreviatedCityEducationDepartment_isMunicipalAuthority() {
        assertThat(Responsibles.bodies("ГОО", false)).extracting(Addressee::kind)
                .containsExactly(AddresseeKind.MUNICIPAL_AUTHORITY);
    }
}
