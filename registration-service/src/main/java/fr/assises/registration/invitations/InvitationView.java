package fr.assises.registration.invitations;

import java.time.OffsetDateTime;

/** An invitation code with its uses, for organisers. */
public record InvitationView(String code, String label, String category, int maxUses, int used, int remaining,
        OffsetDateTime expiresAt, boolean expired) {
}
