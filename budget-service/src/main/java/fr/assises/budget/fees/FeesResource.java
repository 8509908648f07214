package fr.assises.budget.fees;

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

import fr.assises.common.problem.ProblemException;
import fr.assises.common.security.Roles;

/** The fees the budget counts with: registration-service's categories as its last settings event gave them. */
@Path("/api/budget/congresses/{congressId}/registration-fees")
@Produces(MediaType.APPLICATION_JSON)
public class FeesResource {

    @Inject
    Reader reader;

    @GET
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN, Roles.PARTNER})
    public FeeSchedule get(@PathParam("congressId") UUID congressId) {
        FeeSchedule schedule = reader.of(congressId);
        if (!schedule.known()) {
            throw ProblemException.notFound("Le service des inscriptions n'a encore publié aucun tarif pour ce congrès");
        }
        return schedule;
    }

    /** Read side of the projection. */
    @ApplicationScoped
    public static class Reader {

        @Inject
        RegistrationFees fees;

        @Transactional
        public FeeSchedule of(UUID congressId) {
            return fees.of(congressId);
        }
    }
}
