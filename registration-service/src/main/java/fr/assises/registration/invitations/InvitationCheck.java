package fr.assises.registration.invitations;

/** What a valid code opens, for the registration form: the category and the places left under the code. */
public record InvitationCheck(String code, String category, String labelFr, String labelEn, long feeCents,
        int remaining) {
}
