package fr.assises.registration.privacy;

import java.time.OffsetDateTime;
import java.util.List;

import fr.assises.registration.billing.Payer;
import fr.assises.registration.registering.RegistrationView;

/** Everything the service holds about one person's registration, for their own download. */
public record PersonalData(OffsetDateTime exportedAt, RegistrationView registration, List<CheckinRecord> checkins,
        Payer.PayerView payer) {

    public record CheckinRecord(String checkpoint, OffsetDateTime at) {
    }
}
