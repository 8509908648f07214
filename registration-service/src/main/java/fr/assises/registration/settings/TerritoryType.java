package fr.assises.registration.settings;

/** The kind of territory or body a participant works for. */
public enum TerritoryType {
    COMMUNE, INTERCOMMUNALITE, PAYS, PNR, GAL_LEADER, DEPARTEMENT, REGION, ETAT, ASSOCIATION, AUTRE
}
