package fr.assises.budget.actuals;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.assises.common.security.Roles;

/** Confirmed registrations of a congress as counted from registration-events (aggregates only). */
@Path("/api/budget/congresses/{congressId}/actuals")
@Produces(MediaType.APPLICATION_JSON)
public class ActualsResource {

    @Inject
    ActualsService service;

    @GET
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN, Roles.PARTNER})
    public ActualFigures get(@PathParam("congressId") UUID congressId) {
        return service.figures(congressId);
    }

    /** Read side of the projection. */
    @ApplicationScoped
    public static class ActualsService {

        @Inject
        RegistrationProjectionRepository projections;

        @Transactional
        public ActualFigures figures(UUID congressId) {
            return projections.figures(congressId);
        }
    }
}
