package fr.assises.evaluation.questionnaire;

import java.util.List;

import fr.assises.evaluation.questionnaire.Definition.Choice;
import fr.assises.evaluation.questionnaire.Definition.Label;

/** The three lists of a 3C question: what to keep, to stop, to create. */
public final class ThreeC {

    public static final List<Choice> COLUMNS = List.of(
            new Choice("conserver", Label.of("Conserver : ce qui fonctionne bien, ce qui est indispensable",
                    "Keep: what works well, what is essential")),
            new Choice("cesser", Label.of("Cesser : ce qui fonctionne moins bien, à supprimer",
                    "Stop: what works less well, to remove")),
            new Choice("creer", Label.of("Créer : ce qui n'existe pas et qu'il faut ajouter",
                    "Create: what does not exist and should be added")));

    public static final int MAX_ITEMS = 10;
    public static final int MAX_ITEM_LENGTH = 300;

    private ThreeC() {
    }
}
