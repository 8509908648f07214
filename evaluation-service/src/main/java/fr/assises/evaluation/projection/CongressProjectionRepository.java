package fr.assises.evaluation.projection;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CongressProjectionRepository implements PanacheRepositoryBase<CongressProjection, UUID> {
}
