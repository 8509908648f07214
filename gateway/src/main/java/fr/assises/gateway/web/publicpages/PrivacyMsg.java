package fr.assises.gateway.web.publicpages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The privacy notice's words, and the congress page's new ones ({@code pv:} in templates), French first; English in
 * {@code messages/pv_en.properties}.
 */
@MessageBundle(value = "pv", locale = "fr")
public interface PrivacyMsg {

    @Message("Données personnelles")
    String title();

    @Message("Notice d’information sur vos données personnelles")
    String heading();

    @Message("Cette notice décrit ce que la plateforme Assises fait des informations que vous donnez en vous inscrivant "
            + "à un congrès, et comment exercer vos droits (règlement général sur la protection des données, RGPD).")
    String intro();

    @Message("Congrès : {title}. Version de la notice acceptée à l’inscription : {version}.")
    String congress(String title, String version);

    @Message("Qui est responsable ?")
    String who_heading();

    @Message("Le comité d’organisation de chaque congrès est responsable du traitement des inscriptions à ce congrès. "
            + "La plateforme Assises l’héberge pour lui.")
    String who();

    @Message("Ce que nous collectons")
    String what_heading();

    @Message("Votre identité : prénom, nom et adresse électronique.")
    String what_identity();

    @Message("Les informations que le congrès demande, selon son paramétrage : organisme, type de territoire ou de "
            + "structure, fonction, catégorie statutaire de la fonction publique, vos réponses aux questions du comité.")
    String what_profile();

    @Message("Si vous choisissez de les indiquer : vos besoins liés à un handicap ou à la mobilité et votre régime "
            + "alimentaire ou vos allergies. Ces informations sont facultatives.")
    String what_needs();

    @Message("Votre participation : catégorie et tarif, jours de présence, ateliers et repas choisis, place sur une "
            + "liste d’attente, heure d’arrivée à l’accueil et aux ateliers, langue de vos messages.")
    String what_participation();

    @Message("L’enquête de satisfaction est anonyme : vos réponses ne sont reliées ni à votre nom ni à votre inscription.")
    String what_survey();

    @Message("Pourquoi")
    String why_heading();

    @Message("Pour gérer votre inscription : places, listes d’attente, badge, accueil, repas (le traiteur reçoit des "
            + "nombres et des régimes, jamais de nom), et pour vous écrire au sujet du congrès.")
    String why_registration();

    @Message("Pour adapter l’accueil à vos besoins, si vous les indiquez.")
    String why_needs();

    @Message("Pour des statistiques sans nom : les financeurs et partenaires ne voient que des totaux, jamais une "
            + "personne.")
    String why_statistics();

    @Message("Combien de temps")
    String how_long_heading();

    @Message("Les informations personnelles de votre inscription sont effacées {days} jours après la fin du congrès "
            + "(le {date}) ; il n’en reste que des totaux sans nom.")
    String how_long_days(int days, String date);

    @Message("Les informations personnelles de votre inscription sont effacées à l’issue de la durée de conservation "
            + "que le comité d’organisation fixe pour chaque congrès, comptée à partir de la fin du congrès ; il n’en "
            + "reste que des totaux sans nom.")
    String how_long_general();

    @Message("Si vous annulez votre inscription, vos informations sont conservées jusqu’à cette même date, sauf si vous "
            + "demandez leur effacement (ci-dessous).")
    String how_long_cancelled();

    @Message("Vos droits")
    String rights_heading();

    @Message("Vous pouvez à tout moment :")
    String rights_intro();

    @Message("accéder à vos données et les télécharger dans un fichier lisible par une machine (droits d’accès et à la "
            + "portabilité) : « Télécharger mes données » dans Mon espace ;")
    String right_access();

    @Message("les corriger (droit de rectification) : « Modifier mon inscription » dans Mon espace, ou en écrivant au "
            + "comité après la date de clôture des modifications ;")
    String right_rectify();

    @Message("les effacer (droit à l’effacement) : « Effacer mes données » dans Mon espace, qui annule l’inscription ;")
    String right_erase();

    @Message("vous opposer à un traitement ou en demander la limitation, en écrivant au comité d’organisation ;")
    String right_object();

    @Message("adresser une réclamation à la Commission nationale de l’informatique et des libertés (CNIL), "
            + "www.cnil.fr, si vous estimez que vos droits ne sont pas respectés.")
    String right_complaint();

    @Message("Contact")
    String contact_heading();

    @Message("Pour toute question sur vos données, écrivez au comité d’organisation :")
    String contact();

    @Message("Aller à Mon espace")
    String my_space();

    @Message("Le congrès est complet : une nouvelle inscription est placée sur la liste d’attente, et la place "
            + "proposée dès qu’une autre se libère.")
    String congress_full();
}
