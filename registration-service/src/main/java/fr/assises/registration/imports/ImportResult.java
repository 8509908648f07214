package fr.assises.registration.imports;

import java.util.List;
import java.util.UUID;

/** The registrations a bulk import created, one per line, in file order. */
public record ImportResult(int created, List<Line> lines) {

    public record Line(int line, UUID registrationId, String status) {
    }
}
