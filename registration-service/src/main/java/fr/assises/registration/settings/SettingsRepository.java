package fr.assises.registration.settings;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SettingsRepository implements PanacheRepositoryBase<RegistrationSettings, UUID> {
}
