package fr.assises.gateway.web.shared;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of logging out and of a refused form ({@code sec:}), French first; English in {@code messages/sec_en.properties}. */
@MessageBundle(value = "sec", locale = "fr")
public interface SecurityMsg {

    @Message("Se déconnecter")
    String logout_title();

    @Message("Vous quittez votre session sur ce navigateur, et votre connexion au compte Assises se ferme aussi.")
    String logout_intro();

    @Message("Me déconnecter")
    String logout_submit();

    @Message("Rester connecté et revenir à mon espace")
    String logout_stay();

    @Message("Formulaire refusé")
    String form_refused_title();

    @Message("Ce formulaire n’a pas été accepté\u00a0: il a expiré ou il n’a pas été envoyé depuis une page de ce site. "
            + "Rien n’a été enregistré.")
    String form_refused();

    @Message("Revenez à la page précédente, rechargez-la, puis envoyez le formulaire de nouveau.")
    String form_refused_next();
}
