package fr.assises.evaluation.outreach;

import java.util.UUID;

/** What organisers learn of the invitations: counts only, never who. */
public final class OutreachDtos {

    private OutreachDtos() {
    }

    /** Checked-in participants, how many were invited, and how many would be invited now. */
    public record InvitationStatus(UUID questionnaireId, String state, long checkedIn, int invited, int toInvite) {
    }

    /** Invitations requested: how many people the service will write to. */
    public record InvitationSent(UUID questionnaireId, int recipients, String message) {
    }
}
