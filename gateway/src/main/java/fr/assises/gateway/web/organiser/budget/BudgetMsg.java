package fr.assises.gateway.web.organiser.budget;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The budget pages' words ({@code bu:} in templates), French first; English in {@code messages/bu_en.properties}. */
@MessageBundle(value = "bu", locale = "fr")
public interface BudgetMsg {

    @Message("Budget")
    String budget();

    @Message("Lignes du budget")
    String editor();

    @Message("Financeurs")
    String funders();

    @Message("Versions")
    String versions();

    @Message("Exports")
    String exports();

    @Message("Charges (comptes 60 à 68)")
    String section_charges();

    @Message("Produits (comptes 70 à 78)")
    String section_produits();

    @Message("Contributions volontaires en nature (comptes 86 et 87)")
    String section_in_kind();

    @Message("Emplois des contributions en nature (86)")
    String in_kind_uses();

    @Message("Contributions en nature (87)")
    String in_kind_contributions();

    @Message("Le bénévolat, les locaux ou services prêtés gratuitement : ils figurent au 86 et au 87 pour le même montant, sans entrer dans le solde.")
    String in_kind_hint();

    @Message("Version {number}{#if name} « {name} »{/if} – {#if submitted}soumise, figée{#else}brouillon{/if}")
    String version_line(int number, String name, boolean submitted);

    @Message("Cette version a été soumise : elle ne se modifie plus. Démarrez la version suivante pour changer le budget.")
    String frozen_hint();

    @Message("Compte")
    String col_account();

    @Message("Libellé")
    String col_label();

    @Message("Base de calcul")
    String col_basis();

    @Message("Montant unitaire (€)")
    String col_unit();

    @Message("Quantité")
    String col_quantity();

    @Message("Montant")
    String col_amount();

    @Message("Supprimer")
    String col_delete();

    @Message("Calcul : {formula}")
    String calc(String formula);

    @Message("{unit} × {quantity} = {amount}")
    String calc_plain(String unit, long quantity, String amount);

    @Message("{#when d}{#is 'FIXED'}Forfait{#is 'PER_PARTICIPANT'}Par participant{#is 'PER_MEAL'}Par repas{#is 'PER_DAY'}Par jour{#is 'PER_HALF_DAY'}Par demi-journée{#is 'PER_SPEAKER'}Par intervenant{#is 'STAFF'}Personnel (ETP × mois × coût mensuel){#is 'REGISTRATION_REVENUE'}Droits d’inscription (tarifs × participants){#else}{d}{/when}")
    String driver(String d);

    @Message("Précisions de la base de calcul")
    String details();

    @Message("Par salle (multiplié par le nombre de salles)")
    String per_room();

    @Message("Suivre les inscriptions confirmées plutôt que l’hypothèse")
    String confirmed();

    @Message("Catégorie de participants")
    String category();

    @Message("Toutes les catégories")
    String all_categories();

    @Message("Repas")
    String meal();

    @Message("Tous les repas")
    String all_meals();

    @Message("ETP (ex. 3/5 ou 0,6)")
    String fte();

    @Message("Mois")
    String months();

    @Message("Financeur (subventions, compte 74)")
    String funder();

    @Message("Aucun")
    String no_funder();

    @Message("Nouvelle ligne")
    String new_line();

    @Message("Remplissez le libellé et le montant pour ajouter une ligne ; laissez vide pour n’en rien ajouter.")
    String new_line_hint();

    @Message("Enregistrer toutes les modifications")
    String save();

    @Message("Tout est enregistré ensemble ou rien : si une ligne est refusée, aucune ne change et le refus s’affiche à côté d’elle.")
    String save_hint();

    @Message("Budget enregistré : les totaux et le solde ci-dessous sont ceux que le service du budget a recalculés.")
    String saved();

    @Message("Rien n’a été enregistré : corrigez la ligne signalée.")
    String errors_title();

    @Message("Montant en euros attendu (ex. 1 234,50), positif, au plus deux décimales.")
    String unreadable_amount();

    @Message("Quantité entière positive attendue.")
    String unreadable_quantity();

    @Message("Nombre de mois entier attendu.")
    String unreadable_months();

    @Message("Charges")
    String charges();

    @Message("Produits")
    String produits();

    @Message("Solde (produits − charges)")
    String balance();

    @Message("Le budget est équilibré.")
    String balance_even();

    @Message("Déficit de {amount} : les charges dépassent les produits.")
    String balance_deficit(String amount);

    @Message("Excédent de {amount} : les produits dépassent les charges.")
    String balance_surplus(String amount);

    @Message("{label} (compte {account})")
    String line_of(String label, String account);

    @Message("Aucune ligne dans cette partie.")
    String no_lines();

    @Message("Dossier de subvention (PDF)")
    String export_pdf();

    @Message("Tableau (CSV)")
    String export_csv();

    @Message("Classeur (XLSX)")
    String export_xlsx();

    @Message("Supprimer « {label} »")
    String delete_line(String label);

    @Message("Les totaux et le solde suivent la saisie ; le service du budget les recalcule à l’enregistrement.")
    String live_hint();

    @Message("La version {number} est soumise et figée : elle reste consultable et exportable telle quelle.")
    String submitted_ok(int number);

    @Message("La version suivante est ouverte : elle reprend toutes les lignes de la précédente, que vous modifiez ici.")
    String next_started();

    @Message("Versions du budget et leurs totaux")
    String versions_caption();

    @Message("Version")
    String col_version();

    @Message("État")
    String col_status();

    @Message("en cours")
    String current();

    @Message("{#when s}{#is 'SUBMITTED'}Soumise, figée{#else}Brouillon{/when}")
    String version_status(String s);

    @Message("soumise le {when}")
    String submitted_on(String when);

    @Message("créée le {when}")
    String created_on(String when);

    @Message("Démarrer la version suivante")
    String next_title();

    @Message("La version {number} est figée. La suivante reprend ses lignes et ses hypothèses ; la version {number} reste telle qu’elle a été soumise.")
    String next_hint(int number);

    @Message("Nom de la nouvelle version")
    String next_name();

    @Message("Créer la version {number}")
    String next_button(int number);

    @Message("Soumettre la version {number}")
    String submit_title(int number);

    @Message("Soumettre fige la version : c’est celle que vous envoyez aux financeurs. Une page de confirmation vous dit ce qui change.")
    String submit_hint();

    @Message("Soumettre la version {number}…")
    String submit_link(int number);

    @Message("Ce qui change")
    String submit_what();

    @Message("La version ne pourra plus être modifiée : ni lignes, ni hypothèses.")
    String submit_frozen();

    @Message("Le service du budget l’accepte seulement équilibrée (produits − charges = 0) avec le 86 égal au 87.")
    String submit_balanced();

    @Message("Pour changer ensuite le budget, vous démarrerez la version suivante, qui reprend ses lignes.")
    String submit_next();

    @Message("Oui, soumettre et figer la version {number}")
    String submit_confirm(int number);

    @Message("Annuler")
    String cancel();

    @Message("Comparer deux versions")
    String diff_title();

    @Message("Version de départ")
    String diff_from();

    @Message("Version d’arrivée")
    String diff_to();

    @Message("Comparer")
    String diff_button();

    @Message("Ce qui change de la version {from} à la version {to}")
    String diff_caption(int from, int to);

    @Message("Changement")
    String col_change();

    @Message("Version {n}")
    String version_n(int n);

    @Message("Écart")
    String col_delta();

    @Message("{#when c}{#is 'ADDED'}Ajoutée{#is 'REMOVED'}Supprimée{#is 'CHANGED'}Modifiée{#else}Inchangée{/when}")
    String change(String c);

    @Message("{#when f}{#is 'account'}compte{#is 'label'}libellé{#is 'funderId'}financeur{#is 'driver'}base de calcul{#is 'basis'}hypothèse ou inscriptions{#is 'amount'}montant unitaire{#is 'quantity'}quantité{#is 'perRoom'}par salle{#is 'category'}catégorie{#is 'sessionId'}repas{#is 'fte'}ETP{#is 'months'}mois{#else}{f}{/when}")
    String field(String f);

    @Message("{#when n}{#is 0}Aucune autre ligne.{#is 1}Une autre ligne est inchangée.{#else}{n} autres lignes sont inchangées.{/when}")
    String unchanged_count(int n);

    @Message("Financeur enregistré.")
    String funder_saved();

    @Message("Financeur supprimé.")
    String funder_deleted();

    @Message("Le taux de cofinancement est la part des charges totales que la subvention demandée couvre. Un engagement avance seulement : demandé, accordé, puis versé.")
    String funders_hint();

    @Message("Aucun financeur pour l’instant.")
    String no_funder_yet();

    @Message("Financeurs et leurs engagements")
    String funders_caption();

    @Message("Financeur")
    String funder_name();

    @Message("Engagement")
    String funder_status();

    @Message("Montant demandé (€)")
    String requested_amount();

    @Message("Montant accordé (€)")
    String granted_amount();

    @Message("Montant versé (€)")
    String paid_amount();

    @Message("Demandé le")
    String requested_on();

    @Message("Accordé le")
    String granted_on();

    @Message("Versé le")
    String paid_on();

    @Message("Taux de cofinancement")
    String co_financing();

    @Message("Conditions")
    String conditions();

    @Message("Modifier « {name} »")
    String edit_funder(String name);

    @Message("Enregistrer ce financeur")
    String funder_save();

    @Message("Supprimer « {name} »")
    String funder_delete(String name);

    @Message("Ajouter un financeur")
    String add_funder();

    @Message("Type de financeur")
    String funder_type();

    @Message("{#when t}{#is 'ETAT'}État{#is 'REGION'}Région{#is 'DEPARTEMENT'}Département{#is 'INTERCOMMUNALITE'}Intercommunalité (EPCI){#is 'COMMUNE'}Commune{#is 'FONDS_EUROPEENS'}Fonds européens{#is 'AUTRE_PUBLIC'}Autre établissement public{#is 'PRIVE'}Aide privée{#else}{t}{/when}")
    String funder_type_name(String t);

    @Message("Ministère ou agence (pour l’État)")
    String funder_agency();

    @Message("{#when s}{#is 'GRANTED'}Accordé{#is 'PAID'}Versé{#else}Demandé{/when}")
    String commitment(String s);

    @Message("Hypothèses et scénarios")
    String hypotheses();

    @Message("Hypothèses enregistrées : les lignes, les scénarios et le point mort sont recalculés.")
    String hypotheses_saved();

    @Message("Les hypothèses n’ont pas été enregistrées :")
    String hypotheses_refused();

    @Message("Scénarios et point mort")
    String scenarios_title();

    @Message("Point mort : le budget s’équilibre à partir de {n} participants.")
    String break_even(Integer n);

    @Message("Aucun nombre de participants n’équilibre le budget dans ces hypothèses.")
    String no_break_even();

    @Message("Charges, produits et solde de chaque scénario")
    String scenarios_caption();

    @Message("Scénario")
    String scenario_name();

    @Message("Participants")
    String participants();

    @Message("Solde selon la fréquentation")
    String curve_title();

    @Message("Graphique du solde selon le nombre de participants ; les mêmes chiffres figurent dans le tableau qui suit.")
    String curve_alt();

    @Message("Solde (produits − charges) selon le nombre de participants")
    String curve_caption();

    @Message("Modifier les hypothèses")
    String hypotheses_form();

    @Message("{#when f}{#is 'participants'}Participants attendus{#is 'days'}Jours{#is 'halfDays'}Demi-journées{#is 'rooms'}Salles{#is 'speakers'}Intervenants{#else}{f}{/when}")
    String hypothesis(String f);

    @Message("Catégories de participants : tarif et part (le total des parts fait 100 %)")
    String categories_legend();

    @Message("Code (majuscules)")
    String category_code();

    @Message("Tarif (paramètres d’inscription)")
    String category_fee();

    @Message("Les tarifs sont ceux des paramètres d’inscription : ils ne se saisissent pas dans le budget, seules les parts de participants s’y prévoient.")
    String fees_source();

    @Message("Les paramètres d’inscription n’ont encore publié aucun tarif : les recettes d’inscription comptent 0 € jusque-là.")
    String fees_unknown();

    @Message("Modifier les tarifs dans les paramètres d’inscription")
    String fees_settings_link();

    @Message("{label} : {fee}")
    String fee_item(String label, String fee);

    @Message("Catégorie")
    String category_choice();

    @Message("tarif pas encore publié par les inscriptions")
    String fee_not_published();

    @Message("D’après les inscriptions")
    String unit_derived();

    @Message("{#if days > 1}{days} jours{#else}{days} jour{/if} et {#if halfDays > 1}{halfDays} demi-journées{#else}{halfDays} demi-journée{/if}, d’après le programme publié : ils ne se saisissent pas ici.")
    String days_from_programme(int days, int halfDays);

    @Message("Voir les demi-journées du congrès")
    String days_programme_link();

    @Message("D’après les inscriptions :")
    String derived_title();

    @Message("{label} {participants} × {fee}")
    String derived_part(String label, String participants, String fee);

    @Message("aucune catégorie dans les hypothèses")
    String derived_none();

    @Message("{#if count == 0}Aucune inscription confirmée à ce jour.{#else if count == 1}1 inscription confirmée à ce jour, soit {amount}.{#else}{countText} inscriptions confirmées à ce jour, soit {amount}.{/if}")
    String derived_confirmed(long count, String countText, String amount);

    @Message("Participants : la prévision des hypothèses, par catégorie ; tarifs : ceux des paramètres d’inscription, jamais saisis dans le budget.")
    String derived_source();

    @Message("Participants : les hypothèses de cette version ; tarifs : ceux des paramètres d’inscription au moment où elle a été soumise.")
    String derived_source_frozen();

    @Message("Part (%)")
    String category_share();

    @Message("Repas : part des participants attendue")
    String meals_legend();

    @Message("Les repas sont ceux du programme publié : ils s’ajoutent, se renomment ou s’annulent dans le programme ; seule la part des participants attendue à chacun se saisit ici.")
    String meals_from_programme();

    @Message("Voir le programme")
    String meals_programme_link();

    @Message("{label} (%)")
    String meal_share(String label);

    @Message("Scénarios nommés (laissez vide pour n’en rien ajouter)")
    String scenarios_legend();

    @Message("Enregistrer les hypothèses")
    String hypotheses_save();
}
