package fr.assises.registration.billing;

import java.math.BigDecimal;
import java.util.UUID;

public record BillingSettingsView(UUID congressId, String name, String siret, String address, BigDecimal vatRate,
        String vatExemption, int paymentDays, String lateMentions, String iban, String bic) {

    static BillingSettingsView of(BillingSettings s) {
        return new BillingSettingsView(s.congressId, s.name, s.siret, s.address,
                s.vatRateBp == null ? null : BigDecimal.valueOf(s.vatRateBp, 2).stripTrailingZeros(),
                s.vatExemption, s.paymentDays, s.lateMentions, s.iban, s.bic);
    }
}
