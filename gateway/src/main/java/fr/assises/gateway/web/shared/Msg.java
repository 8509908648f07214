package fr.assises.gateway.web.shared;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The interface's words, French first; English in {@code messages/msg_en.properties}. */
@MessageBundle(value = "msg", locale = "fr")
public interface Msg {

    @Message("Assises")
    String app_name();

    @Message("Aller au contenu")
    String skip_link();

    @Message("Navigation principale")
    String nav_label();

    @Message("Accueil")
    String nav_home();

    @Message("Mon espace")
    String nav_my_space();

    @Message("Organisation")
    String nav_organiser();

    @Message("Partenaires")
    String nav_partner();

    @Message("Se connecter")
    String nav_login();

    @Message("Se déconnecter")
    String nav_logout();

    @Message("Créer un compte")
    String nav_sign_up();

    @Message("English")
    String lang_switch();

    @Message("en")
    String lang_switch_code();

    @Message("Assises : plateforme des congrès territoriaux. Données de démonstration fictives.")
    String footer();

    @Message("Données personnelles")
    String footer_privacy();

    @Message("Congrès")
    String home_title();

    @Message("Aucun congrès publié pour le moment.")
    String home_empty();

    @Message("Du {start} au {end}")
    String dates(String start, String end);

    @Message("Lieu : {venue}")
    String venue(String venue);

    @Message("Voir le programme")
    String see_programme();

    @Message("S'inscrire")
    String register_cta();

    @Message("Inscriptions ouvertes : il reste {remaining} places sur {capacity}.")
    String places_left(int remaining, int capacity);

    @Message("Les inscriptions sont fermées.")
    String registration_closed();

    @Message("Pas encore de compte ? Créez-le au moment de vous connecter.")
    String account_hint();

    @Message("Demi-journées")
    String half_days();

    @Message("{#when period}{#is 'MORNING'}matin{#is 'AFTERNOON'}après-midi{#else}{period}{/when}")
    String period(String period);

    @Message("Programme du congrès")
    String programme_title();

    @Message("Filtrer le programme")
    String filter_legend();

    @Message("Thème")
    String filter_theme();

    @Message("Salle")
    String filter_room();

    @Message("Type de session")
    String filter_kind();

    @Message("Tous")
    String filter_all();

    @Message("Filtrer")
    String filter_submit();

    @Message("Effacer les filtres")
    String filter_clear();

    @Message("Ajouter à mon agenda (iCal)")
    String ical_link();

    @Message("Aucune session ne correspond à ces filtres.")
    String programme_empty();

    @Message("{count.count('session', 'sessions')}")
    String session_count(int count);

    @Message("Annulée")
    String cancelled();

    @Message("Intervenants")
    String speakers();

    @Message("Animation")
    String moderator();

    @Message("{#when kind}{#is 'OPENING'}Ouverture{#is 'PLENARY'}Plénière{#is 'WORKSHOP'}Atelier{#is 'ROUND_TABLE'}Table ronde{#is 'FORUM'}Forum{#is 'MEAL'}Repas{#is 'BREAK'}Pause{#is 'CLOSING'}Clôture{#else}{kind}{/when}")
    String kind(String kind);

    @Message("Le service {#when service}{#is 'programme'}du programme{#is 'registration'}des inscriptions{#is 'budget'}du budget{#is 'evaluation'}d'évaluation{#else}{service}{/when} ne répond pas pour le moment : cette partie de la page est indisponible. Réessayez dans quelques minutes.")
    String panel_down(String service);

    @Message("Rien n'est encore publié ici par le service {#when service}{#is 'programme'}du programme{#is 'registration'}des inscriptions{#is 'budget'}du budget{#is 'evaluation'}d'évaluation{#else}{service}{/when} pour ce congrès.")
    String panel_missing(String service);

    @Message("Mon espace")
    String my_space_title();

    @Message("Mes inscriptions")
    String my_registrations();

    @Message("Vous n'êtes inscrit(e) à aucun congrès.")
    String no_registration();

    @Message("{#when status}{#is 'CONFIRMED'}Confirmée{#is 'WAITLISTED'}Liste d'attente{#is 'CANCELLED'}Annulée{#is 'PENDING'}En attente de la confirmation de l'inscription{#else}{status}{/when}")
    String status(String status);

    @Message("Position sur la liste d'attente : {position}")
    String waitlist_position(Long position);

    @Message("Modifier mon inscription")
    String change_registration();

    @Message("Annuler mon inscription")
    String cancel_registration();

    @Message("Confirmer l'annulation de mon inscription")
    String cancel_confirm();

    @Message("Mon programme")
    String my_programme();

    @Message("Inscription au congrès")
    String form_title();

    @Message("Les champs marqués d'un astérisque (*) sont obligatoires.")
    String form_required_hint();

    @Message("Vos coordonnées")
    String form_identity();

    @Message("Prénom")
    String field_firstName();

    @Message("Nom")
    String field_lastName();

    @Message("Adresse électronique")
    String field_email();

    @Message("Organisme")
    String field_organisation();

    @Message("Type de territoire ou de structure")
    String field_territoryType();

    @Message("Fonction")
    String field_jobTitle();

    @Message("Catégorie statutaire (fonction publique)")
    String field_statutoryCategory();

    @Message("Besoins liés à un handicap ou à la mobilité")
    String field_accessibilityNeeds();

    @Message("Régime alimentaire ou allergies")
    String field_dietaryNeeds();

    @Message("— Choisir —")
    String choose_option();

    @Message("{#when type}{#is 'COMMUNE'}Commune{#is 'INTERCOMMUNALITE'}Intercommunalité{#is 'PAYS'}Pays{#is 'PNR'}Parc naturel régional{#is 'GAL_LEADER'}Groupe d'action locale (Leader){#is 'DEPARTEMENT'}Département{#is 'REGION'}Région{#is 'ETAT'}Services de l'État{#is 'ASSOCIATION'}Association{#is 'AUTRE'}Autre{#else}{type}{/when}")
    String territory_type(String type);

    @Message("Catégorie {category}")
    String statutory_category(String category);

    @Message("Catégorie et tarif")
    String field_category();

    @Message("Jours de présence")
    String field_days();

    @Message("Ateliers")
    String field_workshops();

    @Message("Choisissez au plus un atelier par créneau.")
    String workshops_hint();

    @Message("Aucun atelier")
    String workshop_none();

    @Message("Repas")
    String field_meals();

    @Message("{remaining.count('place restante', 'places restantes')}")
    String remaining(Integer remaining);

    @Message("Complet : liste d'attente")
    String full_waitlist();

    @Message("Enregistrer mon inscription")
    String form_submit();

    @Message("Le formulaire contient des erreurs : corrigez les champs signalés.")
    String form_has_errors();

    @Message("Votre inscription est enregistrée.")
    String saved();

    @Message("Votre inscription est annulée.")
    String cancelled_ok();

    @Message("Console d'organisation")
    String organiser_title();

    @Message("Configuration du congrès")
    String setup();

    @Message("Statut")
    String status_label();

    @Message("Inscriptions")
    String registrations();

    @Message("Budget")
    String budget();

    @Message("{count.count('conflit détecté', 'conflits détectés')} dans le planning.")
    String conflicts_count(int count);

    @Message("Aucun conflit détecté.")
    String no_conflict();

    @Message("Catégorie")
    String category();

    @Message("Charges")
    String charges();

    @Message("Produits")
    String produits();

    @Message("Solde")
    String balance();

    @Message("Déficit de {amount} : les charges dépassent les produits.")
    String balance_deficit(String amount);

    @Message("Excédent de {amount} : les produits dépassent les charges.")
    String balance_surplus(String amount);

    @Message("Budget à l'équilibre : les produits couvrent exactement les charges.")
    String balance_even();

    @Message("Les totaux et le solde suivent la saisie ; ils sont recalculés à l'enregistrement.")
    String budget_live_hint();

    @Message("Compte")
    String account();

    @Message("Libellé")
    String label();

    @Message("Financeur")
    String funder();

    @Message("Prévisionnel")
    String provisional();

    @Message("Sur inscriptions confirmées")
    String actual();

    @Message("Scénarios")
    String scenarios();

    @Message("Scénario")
    String scenario();

    @Message("Tableaux de bord des partenaires")
    String partner_title();

    @Message("Ces tableaux ne montrent que des chiffres agrégés : aucune donnée personnelle.")
    String partner_privacy();

    @Message("Budget : charges et produits")
    String budget_dashboard();

    @Message("Par financeur")
    String by_funder();

    @Message("Inscriptions : effectifs et remplissage")
    String registrations_dashboard();

    @Message("Par catégorie")
    String by_category();

    @Message("Par jour de présence et par catégorie (inscriptions confirmées)")
    String by_day();

    @Message("Jour")
    String day();

    @Message("Remplissage des ateliers")
    String workshop_fill();

    @Message("Remplissage des repas")
    String meal_fill();

    @Message("Session")
    String session();

    @Message("Capacité")
    String capacity();

    @Message("Inscrits")
    String enrolled();

    @Message("Taux")
    String rate();

    @Message("Confirmées")
    String confirmed();

    @Message("En attente")
    String waitlisted();

    @Message("Graphique ; les mêmes données figurent dans le tableau qui suit.")
    String chart_alt();

    @Message("Page introuvable")
    String not_found();

    @Message("Retour à l'accueil")
    String back_home();

    @Message("Accès refusé : votre compte n'a pas le rôle nécessaire pour cette page.")
    String forbidden();

    @Message("Service indisponible")
    String unavailable_title();

    @Message("Accès refusé")
    String forbidden_title();

    @Message("Une erreur est survenue : {detail}")
    String error(String detail);
    @Message("Version {number} du budget{#if name} : {name}{/if}")
    String budget_version(int number, String name);

    @Message("Point mort")
    String break_even();

    @Message("État")
    String funder_status();

    @Message("Demandé")
    String requested();

    @Message("Accordé")
    String granted();

    @Message("Versé")
    String paid();

    @Message("Participants")
    String participants();

    @Message("Places restantes")
    String remaining_places();

    @Message("Quota")
    String quota();

    @Message("J'accepte que mes données soient traitées pour gérer mon inscription, selon la notice d'information")
    String consent_label();

    @Message("Une place vous est proposée : acceptez-la avant le {date}.")
    String offer_expires(String date);

    @Message("Conflits du programme")
    String conflicts();

    @Message("Bloquant")
    String conflict_hard();

    @Message("À vérifier")
    String conflict_warning();

    @Message("{#when status}{#is 'REQUESTED'}Demandée{#is 'GRANTED'}Accordée{#is 'PAID'}Versée{#else}{status}{/when}")
    String commitment(String status);

    @Message("Accepter la place proposée")
    String accept_offer();

    @Message("Vous avez accepté la place proposée : votre inscription est confirmée.")
    String offer_accepted();

    @Message("Cette place n'est plus proposée : l'offre a expiré ou a déjà été acceptée.")
    String offer_gone();

    @Message("Évaluation")
    String evaluation();

    @Message("Évaluation : réponses, satisfaction, indicateurs")
    String evaluation_dashboard();

    @Message("Réponses")
    String responses();

    @Message("Présents (émargement)")
    String checked_in();

    @Message("Taux de réponse")
    String response_rate();

    @Message("Notes par session")
    String session_ratings();

    @Message("Note moyenne")
    String average_rating();

    @Message("Moins de 5 réponses : non affiché")
    String too_few();

    @Message("Satisfaction par question")
    String satisfaction();

    @Message("Question")
    String question();

    @Message("Taux de réponse par catégorie")
    String rate_by_category();

    @Message("Aucun questionnaire n'est encore relié aux indicateurs.")
    String no_results();

    @Message("Indicateurs et objectifs")
    String indicators();

    @Message("Indicateur")
    String indicator();

    @Message("Valeur")
    String value();

    @Message("Objectif")
    String target();

    @Message("Questionnaire : {title}")
    String questionnaire(String title);

    @Message("{#when status}{#is 'ATTEINT'}Atteint{#is 'NON_ATTEINT'}Non atteint{#is 'EN_ATTENTE'}En attente{#else}{status}{/when}")
    String indicator_status(String status);

    @Message("Télécharger mon badge (PDF)")
    String badge_download();

    @Message("Accueil des participants")
    String checkin();

    @Message("Rechercher")
    String search();

    @Message("Nom, e-mail ou organisme")
    String search_label();

    @Message("Exporter (CSV)")
    String export_csv();

    @Message("Exporter (Excel)")
    String export_xlsx();

    @Message("Liste des repas (CSV)")
    String export_catering();

    @Message("Tous les badges (PDF)")
    String badges_pdf();

    @Message("Participant")
    String participant();

    @Message("Pages de résultats")
    String pages();

    @Message("Page précédente")
    String previous_page();

    @Message("Page suivante")
    String next_page();

    @Message("Code du badge")
    String checkin_token();

    @Message("Scannez le QR code du badge ou saisissez le code imprimé dessous.")
    String checkin_hint();

    @Message("Enregistrer l'arrivée")
    String checkin_submit();

    @Message("Scanner avec la caméra")
    String checkin_scan();

    @Message("Arrivées")
    String arrivals();

    @Message("{count.count('inscription', 'inscriptions')}")
    String registration_count(long count);

    @Message("Arrivée enregistrée : {name}")
    String checkin_ok(String name);

    @Message("Déjà arrivé(e) le {date}.")
    String checkin_already(String date);

    @Message("{checkedIn.count('arrivée', 'arrivées')} sur {confirmed.count('inscription confirmée', 'inscriptions confirmées')}")
    String arrivals_count(long checkedIn, long confirmed);

    @Message("Planning")
    String planner();

    @Message("Planning des sessions")
    String planner_title();

    @Message("Pour déplacer une session, choisissez sa nouvelle demi-journée et sa salle, puis validez. Les conflits s'affichent dans les cases concernées.")
    String planner_hint();

    @Message("Demi-journée")
    String half_day();

    @Message("Déplacer")
    String move();

    @Message("Session déplacée.")
    String moved();

    @Message("places")
    String seats();

    @Message("Sessions sans salle")
    String roomless();

    @Message("Déplacer « {title} »")
    String move_legend(String title);

    @Message("Cette situation vous satisfait-elle ?")
    String satisfying();

    @Message("Oui")
    String yes();

    @Message("Non")
    String no();

    @Message("Un élément par ligne.")
    String three_c_hint();

    @Message("Conserver : ce qui fonctionne bien")
    String three_c_keep();

    @Message("Cesser : ce qui fonctionne moins bien")
    String three_c_stop();

    @Message("Créer : ce qui manque et qu'il faut ajouter")
    String three_c_create();

    @Message("Envoyer mes réponses")
    String survey_submit();

    @Message("Répondre à l'enquête de satisfaction")
    String survey_link();

    @Message("Vous avez déjà répondu à l’enquête : merci.")
    String survey_done();

    @Message("L'enquête n'est pas ouverte pour vous : elle est réservée aux participants présents, pendant sa période d'ouverture.")
    String survey_closed();

    @Message("Budget enregistré : les totaux et le solde sont recalculés.")
    String budget_saved();

    @Message("Modifiez le montant unitaire (en euros) ou la quantité des lignes, puis enregistrez : le service du budget recalcule les totaux et le solde.")
    String budget_hint();

    @Message("Montant unitaire (€)")
    String unit_amount();

    @Message("Quantité")
    String quantity();

    @Message("Enregistrer le budget")
    String budget_save();

    @Message("Personnel : {fte ?: '–'} ETP sur {months ?: '–'} mois")
    String staff_line(String fte, Integer months);

    @Message("Fréquentation attendue par session")
    String attendance();

    @Message("Attendus")
    String expected();

    @Message("Changement de salle conseillé :")
    String room_swap();

    @Message("Questionnaires du congrès")
    String questionnaires();

    @Message("Aucun questionnaire n'a encore été créé pour ce congrès.")
    String no_questionnaire();

    @Message("Titre du congrès")
    String setup_title();

    @Message("Lieu")
    String setup_venue();

    @Message("Début")
    String starts_at();

    @Message("Fin")
    String ends_at();

    @Message("L'adresse (identifiant) du congrès ne se change pas ici. Les demi-journées gardent leur date quand les dates du congrès changent.")
    String setup_hint();

    @Message("{#when what}{#is 'halfday-added'}Demi-journée ajoutée.{#is 'halfday-removed'}Demi-journée retirée.{#is 'room-added'}Salle ajoutée.{#is 'room-saved'}Salle enregistrée.{#is 'room-deleted'}Salle supprimée.{#else}Configuration enregistrée.{/when}")
    String setup_flash(String what);

    @Message("Dates du congrès")
    String setup_dates();

    @Message("Premier jour")
    String setup_start_date();

    @Message("Dernier jour")
    String setup_end_date();

    @Message("Ajouter ou retirer une demi-journée")
    String hd_section();

    @Message("Aucune demi-journée pour le moment.")
    String hd_none();

    @Message("Retirer la demi-journée {code}")
    String hd_remove(String code);

    @Message("Retirer la demi-journée {code} ?")
    String hd_remove_confirm(String code);

    @Message("Nouvelle demi-journée")
    String hd_add_legend();

    @Message("Date")
    String hd_date();

    @Message("Moment de la journée")
    String hd_period();

    @Message("Sans heures : 09:00–12:30 le matin, 14:00–17:30 l'après-midi.")
    String hd_times_hint();

    @Message("Ajouter la demi-journée")
    String hd_add();

    @Message("Salles")
    String rooms_title();

    @Message("Une salle qui accueille une séance ne peut pas être supprimée : déplacez d'abord ses séances dans le planning.")
    String rooms_hint();

    @Message("Aucune salle pour le moment.")
    String rooms_none();

    @Message("{capacity} places")
    String room_seats(int capacity);

    @Message("Nom de la salle")
    String room_name();

    @Message("Capacité (places)")
    String room_capacity();

    @Message("Accessible en fauteuil roulant")
    String room_accessible();

    @Message("Enregistrer {name}")
    String room_save(String name);

    @Message("Supprimer {name}")
    String room_delete(String name);

    @Message("Supprimer la salle « {name} » ?")
    String room_delete_confirm(String name);

    @Message("Nouvelle salle")
    String room_add_legend();

    @Message("Ajouter la salle")
    String room_add();

    @Message("Enregistrer la configuration")
    String setup_save();

    @Message("Modifier la configuration")
    String setup_edit();

    @Message("{#when status}{#is 'DRAFT'}Brouillon{#is 'OPEN'}Ouvert{#is 'CLOSED'}Inscriptions closes{#is 'ARCHIVED'}Archivé{#else}{status}{/when}")
    String congress_status(String status);
}
