package fr.assises.programme.speaker;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public final class SpeakerDtos {

    private SpeakerDtos() {
    }

    public record SpeakerRequest(
            @NotBlank @Size(max = 150) String name,
            @Size(max = 150) String organisation,
            @Size(max = 150) String role,
            @Size(max = 1000) String bio,
            boolean publicConsent,
            @Email @Size(max = 254) String email,
            @Size(max = 30) @Pattern(regexp = "[+0-9 ().-]*", message = "chiffres, espaces et + ( ) . - seulement") String phone,
            Long version) {
    }

    /** The organisers' view, contact details included. */
    public record SpeakerView(UUID id, UUID congressId, String name, String organisation, String role, String bio,
            boolean publicConsent, String email, String phone, long version) {

        public static SpeakerView of(Speaker s) {
            return new SpeakerView(s.id, s.congressId, s.name, s.organisation, s.role, s.bio, s.publicConsent,
                    s.email, s.phone, s.version);
        }
    }

    /** What the public programme shows of a speaker who consented: never contact details. */
    public record PublicSpeakerView(UUID id, String name, String organisation, String role, String bio) {

        public static PublicSpeakerView of(Speaker s) {
            return new PublicSpeakerView(s.id, s.name, s.organisation, s.role, s.bio);
        }
    }
}
