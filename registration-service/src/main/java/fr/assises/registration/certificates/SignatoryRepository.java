package fr.assises.registration.certificates;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SignatoryRepository implements PanacheRepositoryBase<Signatory, UUID> {
}
