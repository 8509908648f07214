package fr.assises.registration.imports;

import java.util.List;
import java.util.UUID;

/**
 * What an import created (or, for a preview, would create), line by line in file order, and the lines left out
 * because their e-mail is already registered to the congress (or appears earlier in the file).
 */
public record ImportResult(boolean dryRun, int created, List<Line> lines, List<Skipped> skipped) {

    /** {@code registrationId} and {@code status} are null in a preview. */
    public record Line(int line, String lastName, String firstName, String email, String category,
            UUID registrationId, String status) {
    }

    public record Skipped(int line, String email, String reason) {
    }
}
