package fr.assises.budget.exports;

import java.util.ArrayList;
import java.util.List;

import fr.assises.budget.budget.BudgetView;

/** A computed version flattened in the order of the subsidy-application form, shared by every file format. */
final class Rows {

    /** The kind of a row, with the word French files show for it. */
    enum Kind {
        SECTION("Section"),
        GROUP("Compte"),
        LINE("Ligne"),
        TOTAL("Total");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** {@code confirmedCents} is null for lines registrations do not move and for headings and totals. */
    record Row(Kind kind, String section, String account, String label, String funder, String formula,
            long valueCents, Long confirmedCents, long committedCents, long paidCents) {
    }

    static final String CHARGES = "Charges";
    static final String PRODUITS = "Produits";
    static final String IN_KIND_USES = "Emplois des contributions volontaires en nature";
    static final String IN_KIND_CONTRIBUTIONS = "Contributions volontaires en nature";
    static final String TOTALS = "Totaux";

    private Rows() {
    }

    static List<Row> of(BudgetView view) {
        List<Row> rows = new ArrayList<>();
        BudgetView.Totals t = view.totals();
        section(rows, CHARGES, view.charges());
        rows.add(total(CHARGES, "Total des charges (60 à 68)", t.chargesCents()));
        section(rows, PRODUITS, view.produits());
        rows.add(total(PRODUITS, "Total des produits (70 à 78)", t.produitsCents()));
        section(rows, IN_KIND_USES, view.inKindUses());
        section(rows, IN_KIND_CONTRIBUTIONS, view.inKindContributions());
        rows.add(total(TOTALS, "Total des charges", t.totalChargesCents()));
        rows.add(total(TOTALS, "Total des produits", t.totalProduitsCents()));
        rows.add(total(TOTALS, "Solde (produits \u2212 charges)", t.balanceCents()));
        return rows;
    }

    private static void section(List<Row> rows, String section, List<BudgetView.GroupView> groups) {
        rows.add(new Row(Kind.SECTION, section, "", section, "", "", 0, null, 0, 0));
        rows.addAll(groups(section, groups));
    }

    /** The headings of one side with their lines, without the section row. */
    static List<Row> groups(String section, List<BudgetView.GroupView> groups) {
        List<Row> rows = new ArrayList<>();
        for (BudgetView.GroupView group : groups) {
            rows.add(new Row(Kind.GROUP, section, group.code(), group.label(), "", "", group.totalCents(), null, 0, 0));
            for (BudgetView.LineView line : group.lines()) {
                rows.add(new Row(Kind.LINE, section, line.account(), line.label(),
                        line.funderName() == null ? "" : line.funderName(), line.formula(), line.valueCents(),
                        line.confirmedCents(), line.committedCents(), line.paidCents()));
            }
        }
        return rows;
    }

    static Row total(String section, String label, long cents) {
        return new Row(Kind.TOTAL, section, "", label, "", "", cents, null, 0, 0);
    }
}
