package fr.assises.gateway.web.survey;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The survey form's and its life cycle's words ({@code sv:} in templates: answering in steps, the organisers'
 * preview, paper entry, publication, extension and closing), French first; English in
 * {@code messages/sv_en.properties}.
 */
@MessageBundle(value = "sv", locale = "fr")
public interface SurveyMsg {

    @Message("Vos réponses font apparaître de nouvelles questions : répondez-y si vous le souhaitez, puis envoyez. Rien n’a encore été envoyé.")
    String step_notice();

    @Message("Selon vos réponses, des questions ne vous concernent plus : elles ont été retirées et leurs réponses ne seront pas envoyées. Vérifiez, puis envoyez.")
    String step_removed();

    @Message("Certaines questions n’apparaissent que selon vos réponses : dans ce cas, le formulaire revient avec elles avant tout envoi, vos réponses conservées.")
    String step_hint();

    @Message("Une question s’est ajoutée selon votre réponse :")
    String live_added();

    @Message("Une question ne vous concerne plus et a été retirée :")
    String live_removed();

    @Message("{#if max == 1}Un seul choix possible.{#else}Jusqu’à {max} choix.{/if}")
    String max_selections(Integer max);

    @Message("« {label} » : aucune session n’est encore publiée au programme, cette question apparaîtra avec les sessions suivies.")
    String no_sessions(String label);

    @Message("Aperçu")
    String preview();

    @Message("Aperçu : voici le formulaire tel que les participants le verront, questions conditionnelles et notes des sessions comprises. Rien de ce que vous y saisissez n’est envoyé ni enregistré.")
    String preview_banner();

    @Message("Essayer ces réponses (rien n’est envoyé)")
    String preview_submit();

    @Message("Aperçu : rien n’a été envoyé. Le formulaire montre les questions que ces réponses font apparaître.")
    String preview_tried();

    @Message("Saisir un questionnaire papier")
    String paper_title();

    @Message("Recopiez un questionnaire papier tel qu’il a été rempli. La réponse est anonyme : rien n’indique qui l’a rempli ni qui l’a saisi. Toutes les sessions du programme peuvent être notées.")
    String paper_intro();

    @Message("Enregistrer ce questionnaire papier")
    String paper_submit();

    @Message("Questionnaire papier enregistré. {#if count == '1'}1 réponse au total{#else}{count} réponses au total{/if} : le formulaire est vide pour le suivant.")
    String paper_saved(String count);

    @Message("Les questionnaires papier se saisissent une fois le questionnaire publié et ouvert, et encore après sa clôture.")
    String paper_not_yet();

    @Message("Revenir au questionnaire")
    String back();

    @Message("Publier « {title} » ?")
    String publish_title(String title);

    @Message("En publiant ce questionnaire :")
    String publish_lead();

    @Message("les participants présents au congrès pourront y répondre du {opens} au {closes}, chacun par son lien personnel ou son QR code ;")
    String publish_access(String opens, String closes);

    @Message("ses sections, ses questions, ses conditions et son préambule seront figés : pour les changer, il faudra en faire une copie ;")
    String publish_frozen();

    @Message("sa clôture pourra seulement être reportée, ou le questionnaire clos plus tôt ;")
    String publish_dates();

    @Message("les réponses resteront anonymes : personne, pas même le comité, ne pourra les relier à un participant.")
    String publish_anonymity();

    @Message("Vérifier l’aperçu d’abord")
    String publish_preview_first();

    @Message("Publier le questionnaire")
    String publish_confirm();

    @Message("Publier…")
    String publish_ask();

    @Message("Le questionnaire n’est plus un brouillon : il est déjà publié.")
    String publish_already();

    @Message("Clore « {title} » maintenant ?")
    String close_title(String title);

    @Message("En le closant maintenant :")
    String close_lead();

    @Message("les participants ne pourront plus y répondre ni modifier leurs réponses (clôture prévue : {closes}) ;")
    String close_answers(String closes);

    @Message("les questionnaires papier pourront encore être saisis ;")
    String close_paper();

    @Message("il ne pourra pas être rouvert ni prolongé.")
    String close_final();

    @Message("Clore maintenant")
    String close_confirm();

    @Message("Clore maintenant…")
    String close_ask();

    @Message("Reporter la clôture")
    String extend_title();

    @Message("Nouvelle date de clôture (heure de Paris)")
    String extend_field();

    @Message("Plus tard que la clôture actuelle ; les participants pourront répondre et modifier leurs réponses jusque-là.")
    String extend_hint();

    @Message("Reporter la clôture")
    String extend_button();

    @Message("Reporter la clôture du questionnaire à cette date ?")
    String extend_confirm();

    @Message("Clôture reportée.")
    String extended();

    @Message("Réponses et exports")
    String answers_title();

    @Message("Réponses (CSV)")
    String export_csv();

    @Message("Réponses (XLSX)")
    String export_xlsx();

    @Message("Rapport (PDF)")
    String export_pdf();

    @Message("Les fichiers des réponses une à une ne sont produits qu’à partir d’un nombre minimal de réponses, pour que personne ne soit reconnaissable ; le rapport PDF ne donne que des résultats agrégés.")
    String exports_hint();

    @Message("Aucune réponse pour l’instant : les exports seront proposés dès la première.")
    String exports_none();
}

