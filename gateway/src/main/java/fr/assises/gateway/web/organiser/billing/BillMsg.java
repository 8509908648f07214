package fr.assises.gateway.web.organiser.billing;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The billing pages' words ({@code bill:} in templates), French first; English in {@code messages/bill_en.properties}. */
@MessageBundle(value = "bill", locale = "fr")
public interface BillMsg {

    @Message("Facturation")
    String nav();

    @Message("Facturation : factures, avoirs et paiements")
    String title();

    @Message("Émetteur des factures")
    String issuer_title();

    @Message("Les factures sont émises au nom de {name} (SIRET {siret}).")
    String issuer_summary(String name, String siret);

    @Message("Renseignez d’abord l’émetteur des factures : son nom, son SIRET, son adresse, la TVA et le délai de paiement.")
    String issuer_missing();

    @Message("Modifier l’émetteur")
    String issuer_edit();

    @Message("Nom de l’émetteur")
    String f_name();

    @Message("SIRET (14 chiffres)")
    String f_siret();

    @Message("Adresse (une ligne par ligne d’adresse)")
    String f_address();

    @Message("Taux de TVA en % (laisser vide si exonéré)")
    String f_vat_rate();

    @Message("Mention d’exonération de TVA")
    String f_vat_exemption();

    @Message("Délai de paiement (jours, 60 au plus)")
    String f_payment_days();

    @Message("Mentions en cas de retard de paiement (laisser vide pour la mention légale)")
    String f_late();

    @Message("IBAN")
    String f_iban();

    @Message("BIC")
    String f_bic();

    @Message("Enregistrer")
    String save();

    @Message("Émettre une facture")
    String issue_title();

    @Message("Pour toutes les inscriptions confirmées payées par une organisation (une facture groupée), saisissez son SIRET ; pour une seule inscription, son identifiant.")
    String issue_hint();

    @Message("SIRET de l’organisation qui paie")
    String f_payer_siret();

    @Message("Identifiant de l’inscription")
    String f_registration();

    @Message("Émettre la facture")
    String issue();

    @Message("Factures et avoirs")
    String documents_caption();

    @Message("Statut")
    String filter_status();

    @Message("Tous")
    String all();

    @Message("Filtrer")
    String filter();

    @Message("Aucun document pour ce filtre.")
    String none();

    @Message("Numéro")
    String col_number();

    @Message("Client")
    String col_buyer();

    @Message("Émise le")
    String col_issued();

    @Message("Échéance")
    String col_due();

    @Message("Montant")
    String col_total();

    @Message("Reçu")
    String col_paid();

    @Message("Actions")
    String col_actions();

    @Message("{#when status}{#is 'EXPECTED'}Attendue{#is 'PARTLY_PAID'}Payée en partie{#is 'PAID'}Payée{#is 'OVERDUE'}En retard{#is 'CREDITED'}Annulée par avoir{#is 'ISSUED'}Émis{#else}{status}{/when}")
    String status(String status);

    @Message("{#when kind}{#is 'CREDIT_NOTE'}Avoir{#is 'QUOTE'}Devis{#else}Facture{/when}")
    String kind(String kind);

    @Message("PDF")
    String pdf();

    @Message("Factur-X")
    String facturx();

    @Message("Enregistrer un paiement")
    String record_payment();

    @Message("Émettre un avoir")
    String credit_note();

    @Message("Annuler la facture {number} par un avoir ? La facture reste telle qu’elle a été émise.")
    String credit_confirm(String number);

    @Message("Engagement juridique : {order}")
    String order(String order);

    @Message("Relancer les factures en retard")
    String remind();

    @Message("{#if n == 0}Aucune facture en retard n’était à relancer.{#else if n == 1}Une facture en retard a été relancée.{#else}{n} factures en retard ont été relancées.{/if}")
    String reminded(int n);

    @Message("{#when done}{#is 'issued'}Facture émise.{#is 'credited'}Avoir émis : la facture est annulée.{#is 'paid'}Paiement enregistré.{#is 'issuer'}Émetteur enregistré.{#else}{/when}")
    String done(String done);

    @Message("Export des paiements pour le comptable")
    String export_title();

    @Message("Paiements (CSV)")
    String export_csv();

    @Message("Paiements (Excel)")
    String export_xlsx();

    @Message("Paiement de la facture {number}")
    String payment_title(String number);

    @Message("Reste à payer : {amount}")
    String payment_due(String amount);

    @Message("Moyen de paiement")
    String f_means();

    @Message("{#when means}{#is 'TRANSFER'}Virement{#is 'MANDATE'}Mandat administratif{#is 'CHEQUE'}Chèque{#is 'ON_SITE'}Sur place{#else}{means}{/when}")
    String means(String means);

    @Message("Référence (obligatoire pour un virement)")
    String f_reference();

    @Message("Reçu le")
    String f_paid_on();

    @Message("Montant reçu (€)")
    String f_amount();

    @Message("Retour à la facturation")
    String back();

    @Message("Qui paie ?")
    String who_pays();

    @Message("Moi-même")
    String payer_self();

    @Message("Mon employeur ou une autre organisation (facture à son nom)")
    String payer_employer();

    @Message("À remplir seulement si une organisation paie : la facture lui sera adressée, avec son numéro d’engagement juridique et son code service s’il en a.")
    String payer_hint();

    @Message("Nom de l’organisation qui paie")
    String payer_name();

    @Message("SIRET de l’organisation (14 chiffres)")
    String payer_siret();

    @Message("Adresse de facturation")
    String payer_address();

    @Message("Code postal")
    String payer_postcode();

    @Message("Commune")
    String payer_city();

    @Message("Adresse électronique du service comptable")
    String payer_email();

    @Message("Numéro d’engagement juridique (bon de commande), s’il y en a un")
    String payer_order();

    @Message("Code service, s’il y en a un")
    String payer_service();

    @Message("Mes factures")
    String my_invoices();

    @Message("facture groupée adressée à {buyer}")
    String grouped(String buyer);

    @Message("Facturé : {invoiced} (avoirs déduits) · encaissé : {received}.")
    String budget_billed(String invoiced, String received);
}
