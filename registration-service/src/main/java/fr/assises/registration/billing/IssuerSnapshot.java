package fr.assises.registration.billing;

/** The issuer copied into each document at issue. */
public record IssuerSnapshot(String name, String siret, String address, Integer vatRateBp, String vatExemption,
        int paymentDays, String lateMentions, String iban, String bic) {

    static IssuerSnapshot of(BillingSettings s) {
        return new IssuerSnapshot(s.name, s.siret, s.address, s.vatRateBp, s.vatExemption, s.paymentDays,
                s.lateMentions, s.iban, s.bic);
    }
}
