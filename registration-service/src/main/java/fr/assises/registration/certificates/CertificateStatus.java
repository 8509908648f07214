package fr.assises.registration.certificates;

import java.time.LocalDate;

/**
 * Whether a participant can download their certificate now, and if not, why in words ({@code reason}) and with a
 * code a page can act on: NOT_CONFIRMED, NOT_OVER, NO_CHECKIN, NO_SIGNATORY.
 */
public record CertificateStatus(boolean available, String code, String reason, LocalDate availableFrom) {
}
