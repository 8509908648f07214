package fr.assises.budget.accounts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed chart of accounts of the Cerfa 12156 "budget prévisionnel de l'action": headings 60–68 and
 * 70–78 with the sub-accounts the form names, and the in-kind section 86/87. Funders of 74 are not
 * sub-accounts: a 74 line names its funder, whose type (État, Région…) gives the form's row.
 */
public final class Accounts {

    private static final Map<String, Account> BY_CODE = new LinkedHashMap<>();
    private static final Map<String, Account> GROUPS = new LinkedHashMap<>();

    static {
        group("60", "Achats", Side.CHARGES);
        add("604", "Prestations de services", "60");
        add("606", "Achats matières et fournitures", "60");
        add("607", "Autres fournitures", "60");
        group("61", "Services extérieurs", Side.CHARGES);
        add("613", "Locations", "61");
        add("615", "Entretien et réparation", "61");
        add("616", "Assurance", "61");
        add("618", "Documentation", "61");
        group("62", "Autres services extérieurs", Side.CHARGES);
        add("622", "Rémunérations intermédiaires et honoraires", "62");
        add("623", "Publicité, publication", "62");
        add("625", "Déplacements, missions", "62");
        add("626", "Frais postaux et de télécommunications", "62");
        add("627", "Services bancaires, autres", "62");
        group("63", "Impôts et taxes", Side.CHARGES);
        add("631", "Impôts et taxes sur rémunération", "63");
        add("635", "Autres impôts et taxes", "63");
        group("64", "Charges de personnel", Side.CHARGES);
        add("641", "Rémunération des personnels", "64");
        add("645", "Charges sociales", "64");
        add("647", "Autres charges de personnel", "64");
        group("65", "Autres charges de gestion courante", Side.CHARGES);
        group("66", "Charges financières", Side.CHARGES);
        group("67", "Charges exceptionnelles", Side.CHARGES);
        group("68", "Dotation aux amortissements", Side.CHARGES);
        group("70", "Vente de produits finis, de marchandises, prestations de services", Side.PRODUITS);
        add("706", "Prestations de services (droits d'inscription)", "70");
        group("74", "Subventions d'exploitation", Side.PRODUITS);
        group("75", "Autres produits de gestion courante", Side.PRODUITS);
        add("754", "Mécénat, parrainage", "75");
        add("756", "Cotisations", "75");
        add("758", "Dons manuels", "75");
        group("76", "Produits financiers", Side.PRODUITS);
        group("77", "Produits exceptionnels", Side.PRODUITS);
        group("78", "Reprises sur amortissements et provisions", Side.PRODUITS);
        group("86", "Emplois des contributions volontaires en nature", Side.IN_KIND_USES);
        add("860", "Secours en nature", "86");
        add("861", "Mise à disposition gratuite de biens et services", "86");
        add("862", "Prestations", "86");
        add("864", "Personnel bénévole", "86");
        group("87", "Contributions volontaires en nature", Side.IN_KIND_CONTRIBUTIONS);
        add("870", "Bénévolat", "87");
        add("871", "Prestations en nature", "87");
        add("875", "Dons en nature", "87");
    }

    private Accounts() {
    }

    private static void group(String code, String label, Side side) {
        Account account = new Account(code, label, code, side);
        BY_CODE.put(code, account);
        GROUPS.put(code, account);
    }

    private static void add(String code, String label, String group) {
        BY_CODE.put(code, new Account(code, label, group, GROUPS.get(group).side()));
    }

    public static Optional<Account> find(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    public static Account get(String code) {
        return BY_CODE.get(code);
    }

    public static List<Account> all() {
        return Collections.unmodifiableList(new ArrayList<>(BY_CODE.values()));
    }

    /** The two-digit headings in form order. */
    public static List<Account> groups() {
        return Collections.unmodifiableList(new ArrayList<>(GROUPS.values()));
    }
}
