package fr.assises.registration.billing;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What to invoice: the given confirmed registrations (several only when one organisation pays for all of them),
 * or, with {@code payerSiret}, every confirmed registration that organisation pays and that has no invoice yet.
 */
public record IssueRequest(@Size(max = 500) List<@NotNull UUID> registrationIds, @Size(max = 30) String payerSiret) {
}
