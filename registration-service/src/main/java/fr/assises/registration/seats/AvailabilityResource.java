package fr.assises.registration.seats;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Public remaining places, for the live registration form (no login, counts only). */
@Path("/api/registration/congresses/{congressId}/availability")
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

    @Inject
    AvailabilityService service;

    @GET
    @PermitAll
    public Availability get(@PathParam("congressId") UUID congressId) {
        return service.of(congressId);
    }
}
