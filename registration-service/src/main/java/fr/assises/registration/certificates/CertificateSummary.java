package fr.assises.registration.certificates;

import java.time.LocalDate;

/**
 * A congress's certificates for the organisers, counts only: {@code certificates} confirmed people with at least one
 * check-in (each gets one), {@code withoutCheckIn} confirmed people with none; participants may download theirs
 * from {@code availableFrom}, the day after the congress's last day.
 */
public record CertificateSummary(
        SignatoryView signatory,
        long confirmed,
        long certificates,
        long withoutCheckIn,
        LocalDate availableFrom,
        boolean availableToParticipants) {
}
