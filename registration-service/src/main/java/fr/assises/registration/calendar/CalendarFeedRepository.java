package fr.assises.registration.calendar;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CalendarFeedRepository implements PanacheRepositoryBase<CalendarFeed, String> {

    public Optional<CalendarFeed> byToken(String token) {
        return find("token", token).firstResultOptional();
    }
}
