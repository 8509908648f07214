package fr.assises.gateway.web.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RanksTest {

    @Test
    void workshopsInNaturalOrder() {
        List<String> titles = new ArrayList<>(List.of("Atelier 10 : mobilités", "Atelier 2 : eau", "atelier 1 : air",
                "Atelier 11 : forêts", "Atelier 02 bis"));
        titles.sort(Ranks.NATURAL);
        assertThat(titles).containsExactly("atelier 1 : air", "Atelier 2 : eau", "Atelier 02 bis",
                "Atelier 10 : mobilités", "Atelier 11 : forêts");
    }

    @Test
    void placesWithTheirOrdinalExponent() {
        assertThat(Ranks.ordinal(1, "fr")).isEqualTo("1ʳᵉ");
        assertThat(Ranks.ordinal(3, "fr")).isEqualTo("3ᵉ");
        assertThat(Ranks.ordinal(1, "en")).isEqualTo("1st");
        assertThat(Ranks.ordinal(2, "en")).isEqualTo("2nd");
        assertThat(Ranks.ordinal(3, "en")).isEqualTo("3rd");
        assertThat(Ranks.ordinal(11, "en")).isEqualTo("11th");
        assertThat(Ranks.ordinal(22, "en")).isEqualTo("22nd");
    }
}
