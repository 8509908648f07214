package fr.assises.budget.funders;

/** The rows of account 74 in the subsidy-application form. */
public enum FunderType {
    ETAT("État"),
    REGION("Région(s)"),
    DEPARTEMENT("Département(s)"),
    INTERCOMMUNALITE("Intercommunalité(s) - EPCI"),
    COMMUNE("Commune(s)"),
    FONDS_EUROPEENS("Fonds européens"),
    AUTRE_PUBLIC("Autres établissements publics"),
    PRIVE("Aides privées");

    private final String label;

    FunderType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
