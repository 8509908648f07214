package fr.assises.budget.accounts;

/** Where an account sits in the subsidy-application layout. */
public enum Side {
    CHARGES,
    PRODUITS,
    /** 86 Emplois des contributions volontaires en nature (charges side). */
    IN_KIND_USES,
    /** 87 Contributions volontaires en nature (produits side). */
    IN_KIND_CONTRIBUTIONS
}
