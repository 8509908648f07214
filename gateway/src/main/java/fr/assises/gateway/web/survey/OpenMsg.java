package fr.assises.gateway.web.survey;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What a participant reads when a survey opener or the poster's code gives no link ({@code so:}); so_en. */
@MessageBundle(value = "so", locale = "fr")
public interface OpenMsg {

    @Message("Questionnaire de satisfaction")
    String title();

    @Message("Vous avez déjà répondu à ce questionnaire\u00a0: merci\u00a0! Vos réponses ne peuvent être modifiées "
            + "qu’avec le lien qui a servi à les donner.")
    String answered();

    @Message("Ce questionnaire est clos\u00a0: il n’est plus possible d’y répondre.")
    String closed();

    @Message("Ce questionnaire est réservé aux participants enregistrés comme présents au congrès.")
    String not_present();

    @Message("Si vous y étiez, connectez-vous avec le compte de votre inscription, ou adressez-vous à l’accueil du "
            + "congrès.")
    String not_present_help();

    @Message("Ce lien de questionnaire est inconnu ou n’est plus valable.")
    String unknown();

    @Message("Mon espace")
    String my_space();
}
