package fr.assises.registration.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** At start, the settings saved before the settings-changed event existed are published, so the budget has their fees. */
@ApplicationScoped
public class SettingsBackfill {

    private static final Logger LOG = Logger.getLogger(SettingsBackfill.class);

    @Inject
    SettingsService settings;

    void onStart(@Observes StartupEvent event) {
        int published = settings.publishUnpublished();
        if (published > 0) {
            LOG.infof("published the registration settings of %d congress(es) for the budget", published);
        }
    }
}
