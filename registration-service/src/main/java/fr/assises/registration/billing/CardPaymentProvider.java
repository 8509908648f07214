package fr.assises.registration.billing;

import java.util.UUID;

/**
 * Extension point for online card payment. No implementation is wired: a payment provider (a bank's or a payment
 * service's hosted page) cannot be reached from the machines this runs on, and simulating one would record money
 * nobody received. An implementation would start a hosted payment for what is still due on an invoice and, on the
 * provider's signed confirmation, record it through {@link Payments#record} with means {@code CARD} (the database
 * already accepts it; the API refuses it until a provider is wired).
 */
public interface CardPaymentProvider {

    /** The address of the provider's hosted payment page for what is still due on this invoice. */
    String startPayment(UUID invoiceId, long amountCents, String returnUrl);

    /**
     * Checks a notification's signature with the provider and answers the payment it confirms, or null when it
     * confirms none.
     */
    ConfirmedPayment confirm(String notification);

    record ConfirmedPayment(UUID invoiceId, String providerReference, long amountCents) {
    }
}
