package fr.assises.gateway.clients;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** budget-service as the pages see it. */
@RegisterRestClient(configKey = "budget")
@Path("/api/budget")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(3000)
public interface BudgetClient {

    @GET
    @Path("/congresses/{congressId}/summary")
    Dto.BudgetSummary summary(@HeaderParam("Authorization") String auth, @PathParam("congressId") String congressId);

    @PATCH
    @Path("/congresses/{congressId}/lines/{lineId}")
    @Consumes(MediaType.APPLICATION_JSON)
    void updateLine(@HeaderParam("Authorization") String auth, @PathParam("congressId") String congressId,
            @PathParam("lineId") String lineId, Dto.BudgetLineUpdate update);
}
