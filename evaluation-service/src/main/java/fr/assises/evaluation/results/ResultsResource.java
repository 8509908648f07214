package fr.assises.evaluation.results;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import fr.assises.common.security.Roles;
import fr.assises.evaluation.results.ResultsDtos.Results;
import io.quarkus.security.identity.SecurityIdentity;

/** Results for organisers (what was written included) and partners (aggregates only). */
@Path("/api/evaluation")
@RolesAllowed({ Roles.ORGANISER, Roles.PARTNER, Roles.ADMIN })
public class ResultsResource {

    @Inject
    ResultsService service;

    @Inject
    SecurityIdentity caller;

    @GET
    @Path("questionnaires/{id}/results")
    public Results results(@PathParam("id") UUID id) {
        return service.resultsFor(id, caller);
    }
}
