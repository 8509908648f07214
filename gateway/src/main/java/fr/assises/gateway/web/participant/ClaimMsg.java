package fr.assises.gateway.web.participant;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The claim page's words ({@code cl:} in templates), French first; English in {@code messages/cl_en.properties}. */
@MessageBundle(value = "cl", locale = "fr")
public interface ClaimMsg {

    @Message("Rattacher mon inscription")
    String title();

    @Message("Le comité d’organisation vous a inscrit(e) à un congrès. Rattachez cette inscription à votre compte "
            + "pour voir votre badge, votre programme et votre lien d’enquête, et exercer vos droits sur vos données.")
    String intro();

    @Message("Seules les inscriptions faites à l’adresse e-mail de votre compte ({email}) vous seront rattachées.")
    String which(String email);

    @Message("Rattacher mes inscriptions")
    String submit();

    @Message("{count} {#if count == 1}inscription rattachée{#else}inscriptions rattachées{/if} à votre compte.")
    String claimed(int count);

    @Message("Aucune inscription en attente de rattachement à l’adresse de votre compte. Si le comité vous a inscrit(e) "
            + "avec une autre adresse, connectez-vous avec un compte à cette adresse ou écrivez au comité.")
    String none();

    @Message("Votre adresse e-mail n’est pas encore vérifiée : seule une adresse vérifiée permet de rattacher une "
            + "inscription, pour que personne ne prenne celle d’un autre. Demandez au comité d’organisation de faire "
            + "vérifier l’adresse de votre compte par la personne qui gère les comptes, puis déconnectez-vous et "
            + "reconnectez-vous : le bouton de rattachement apparaîtra ici.")
    String unverified();

    @Message("Retour à mon espace")
    String back();
}
