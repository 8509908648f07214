package fr.assises.registration.billing;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PayerRepository implements PanacheRepositoryBase<Payer, UUID> {
}
