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
 * sub-accounts: a 74 line names its funder, whose type (État, Région…) gives the form's row. Each account has
 * the form's French name and an English one for the English interface.
 */
public final class Accounts {

    private static final Map<String, Account> BY_CODE = new LinkedHashMap<>();
    private static final Map<String, Account> GROUPS = new LinkedHashMap<>();

    static {
        group("60", "Achats", "Purchases", Side.CHARGES);
        add("604", "Prestations de services", "Services bought in", "60");
        add("606", "Achats matières et fournitures", "Materials and supplies", "60");
        add("607", "Autres fournitures", "Other supplies", "60");
        group("61", "Services extérieurs", "External services", Side.CHARGES);
        add("613", "Locations", "Rentals", "61");
        add("615", "Entretien et réparation", "Maintenance and repairs", "61");
        add("616", "Assurance", "Insurance", "61");
        add("618", "Documentation", "Documentation", "61");
        group("62", "Autres services extérieurs", "Other external services", Side.CHARGES);
        add("622", "Rémunérations intermédiaires et honoraires", "Intermediaries' and professional fees", "62");
        add("623", "Publicité, publication", "Advertising and publications", "62");
        add("625", "Déplacements, missions", "Travel and assignments", "62");
        add("626", "Frais postaux et de télécommunications", "Postage and telecommunications", "62");
        add("627", "Services bancaires, autres", "Bank charges and other services", "62");
        group("63", "Impôts et taxes", "Taxes and duties", Side.CHARGES);
        add("631", "Impôts et taxes sur rémunération", "Payroll taxes", "63");
        add("635", "Autres impôts et taxes", "Other taxes and duties", "63");
        group("64", "Charges de personnel", "Staff costs", Side.CHARGES);
        add("641", "Rémunération des personnels", "Staff salaries", "64");
        add("645", "Charges sociales", "Social security contributions", "64");
        add("647", "Autres charges de personnel", "Other staff costs", "64");
        group("65", "Autres charges de gestion courante", "Other operating expenses", Side.CHARGES);
        group("66", "Charges financières", "Financial expenses", Side.CHARGES);
        group("67", "Charges exceptionnelles", "Exceptional expenses", Side.CHARGES);
        group("68", "Dotation aux amortissements", "Depreciation and amortisation", Side.CHARGES);
        group("70", "Vente de produits finis, de marchandises, prestations de services",
                "Sales of goods and services", Side.PRODUITS);
        add("706", "Prestations de services (droits d'inscription)", "Services sold (registration fees)", "70");
        group("74", "Subventions d'exploitation", "Operating grants", Side.PRODUITS);
        group("75", "Autres produits de gestion courante", "Other operating income", Side.PRODUITS);
        add("754", "Mécénat, parrainage", "Sponsorship and patronage", "75");
        add("756", "Cotisations", "Membership fees", "75");
        add("758", "Dons manuels", "Donations", "75");
        group("76", "Produits financiers", "Financial income", Side.PRODUITS);
        group("77", "Produits exceptionnels", "Exceptional income", Side.PRODUITS);
        group("78", "Reprises sur amortissements et provisions",
                "Reversals of depreciation and provisions", Side.PRODUITS);
        group("86", "Emplois des contributions volontaires en nature",
                "Use of voluntary contributions in kind", Side.IN_KIND_USES);
        add("860", "Secours en nature", "Relief in kind", "86");
        add("861", "Mise à disposition gratuite de biens et services",
                "Goods and services provided free of charge", "86");
        add("862", "Prestations", "Services", "86");
        add("864", "Personnel bénévole", "Volunteer staff", "86");
        group("87", "Contributions volontaires en nature",
                "Voluntary contributions in kind", Side.IN_KIND_CONTRIBUTIONS);
        add("870", "Bénévolat", "Volunteering", "87");
        add("871", "Prestations en nature", "Services in kind", "87");
        add("875", "Dons en nature", "Donations in kind", "87");
    }

    private Accounts() {
    }

    private static void group(String code, String label, String labelEn, Side side) {
        Account account = new Account(code, label, labelEn, code, side);
        BY_CODE.put(code, account);
        GROUPS.put(code, account);
    }

    private static void add(String code, String label, String labelEn, String group) {
        BY_CODE.put(code, new Account(code, label, labelEn, group, GROUPS.get(group).side()));
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
