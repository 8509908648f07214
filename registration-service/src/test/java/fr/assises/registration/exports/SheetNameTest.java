package fr.assises.registration.exports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sheet names read like a shortened title, never a run of spaces or half a word. */
class SheetNameTest {

    @Test
    void forbiddenCharactersBecomeADashAndLongTitlesStopAfterAWord() {
        String name = TableWriters.sheetName("Atelier 1 : mutualiser l'ingénierie territoriale");
        assertThat(name).isEqualTo("Atelier 1 – mutualiser…").doesNotContain("  ");
        assertThat(name.length()).isLessThanOrEqualTo(28);
        assertThat(TableWriters.sheetName("Atelier A2")).isEqualTo("Atelier A2");
        assertThat(TableWriters.sheetName("Repas [J1] / déjeuner ?")).isEqualTo("Repas – J1 – déjeuner");
        assertThat(TableWriters.sheetName("'Citations'")).isEqualTo("Citations");
        assertThat(TableWriters.sheetName(" : ")).isEqualTo("Feuille");
    }
}
