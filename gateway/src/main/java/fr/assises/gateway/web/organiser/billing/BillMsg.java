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

    @Message("Facturation – {congress}")
    String page_title(String congress);

    @Message("Émetteur des factures – {congress}")
    String issuer_page_title(String congress);

    @Message("Paiement de la facture {number}")
    String payment_page_title(String number);

    @Message("Facturation de {name}")
    String registration_page_title(String name);

    @Message("Devis pour {congress}")
    String quote_page_title(String congress);

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

    @Message("Facture groupée pour une organisation")
    String issue_title();

    @Message("Une seule facture pour toutes les inscriptions confirmées et non facturées qu’une organisation paie : saisissez son SIRET. Pour facturer une personne seule, ouvrez sa fiche depuis la liste des inscriptions (« Facturation et attestation »).")
    String issue_hint();

    @Message("SIRET de l’organisation qui paie")
    String f_payer_siret();

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

    @Message("{#when status}{#is 'EXPECTED'}Attendue{#is 'PARTLY_PAID'}Partiellement payée{#is 'PAID'}Payée{#is 'OVERDUE'}En retard{#is 'CREDITED'}Annulée par avoir{#is 'ISSUED'}Émis{#else}{status}{/when}")
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

    @Message("Annulation de la facture {number}")
    String credit_reason(String number);

    @Message("Engagement juridique : {order}")
    String order(String order);

    @Message("Code service : {code}")
    String service_code(String code);

    @Message("Relancer les factures en retard")
    String remind();

    @Message("{#if n == 0}Aucune facture en retard n’est à relancer aujourd’hui.{#else if n == 1}Une facture en retard est à relancer.{#else}{n} factures en retard sont à relancer.{/if}")
    String reminders_due(int n);

    @Message("La relance part par courriel à l’adresse comptable de l’organisation qui paie, ou à la personne inscrite qui paie elle-même, une fois par jour au plus.")
    String reminders_hint();

    @Message("{#if n == 0}Aucune facture en retard n’était à relancer.{#else if n == 1}Une facture en retard a été relancée.{#else}{n} factures en retard ont été relancées.{/if}")
    String reminded(int n);

    @Message("{#when done}{#is 'issued'}Facture émise.{#is 'credited'}Avoir émis : la facture est annulée.{#is 'paid'}Paiement enregistré.{#is 'issuer'}Émetteur enregistré.{#is 'payer'}Payeur enregistré.{#is 'quote'}Devis émis.{#else}{/when}")
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

    @Message("Paiements déjà enregistrés")
    String payments_caption();

    @Message("Aucun paiement enregistré pour cette facture.")
    String no_payment();

    @Message("Le paiement en ligne par carte n’est pas proposé : aucun prestataire de paiement n’est raccordé. Enregistrez ici ce qui a été reçu.")
    String card_note();

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

    @Message("Saisissez un montant en euros, par exemple 180,00.")
    String amount_unreadable();

    @Message("Retour à la facturation")
    String back();

    @Message("Qui paie ?")
    String who_pays();

    @Message("Moi-même")
    String payer_self();

    @Message("Mon employeur ou une autre organisation (facture à son nom)")
    String payer_employer();

    @Message("La personne inscrite")
    String payer_participant();

    @Message("Une organisation (facture à son nom)")
    String payer_organisation();

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

    @Message("Un changement de payeur vaut pour les prochaines factures : une facture émise garde son client (émettez un avoir puis une nouvelle facture).")
    String payer_later();

    @Message("Enregistrer le payeur")
    String payer_save();

    @Message("Facturation et attestation")
    String registration_link();

    @Message("Documents de cette inscription")
    String registration_documents();

    @Message("Aucune facture, aucun avoir ni devis pour cette inscription.")
    String registration_none();

    @Message("Émettre la facture de cette inscription")
    String issue_one();

    @Message("Établir un devis")
    String quote_one();

    @Message("Attestation de présence")
    String certificate_title();

    @Message("Télécharger l’attestation de présence (PDF)")
    String certificate_download();

    @Message("Pas d’attestation : cette personne n’a été enregistrée à aucun point d’accueil.")
    String certificate_none();

    @Message("Inscription : {status} · {fee}")
    String registration_fee(String status, String fee);

    @Message("Retour à la fiche de l’inscription")
    String back_registration();

    @Message("Mes factures, avoirs et devis")
    String my_invoices();

    @Message("facture groupée adressée à {buyer} : le PDF est envoyé à son service comptable")
    String grouped(String buyer);

    @Message("{amount} pour vous")
    String my_amount(String amount);

    @Message("Demander un devis pour mon employeur")
    String quote_link();

    @Message("Le devis reprend vos frais d’inscription et le payeur que vous avez indiqué ; il est valable 30 jours. Votre employeur peut s’en servir pour engager la dépense avant la facture.")
    String quote_intro();

    @Message("Établir le devis")
    String quote_submit();

    @Message("Retour à mon espace")
    String back_my_space();

    @Message("Devis établi : téléchargez-le dans la liste « Mes factures, avoirs et devis ».")
    String quote_done();

    @Message("Facturé : {invoiced} (avoirs déduits) · encaissé : {received}.")
    String budget_billed(String invoiced, String received);
}
