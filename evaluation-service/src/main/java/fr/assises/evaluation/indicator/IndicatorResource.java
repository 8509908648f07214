package fr.assises.evaluation.indicator;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import fr.assises.common.security.Roles;
import fr.assises.evaluation.indicator.IndicatorDtos.IndicatorRequest;
import fr.assises.evaluation.indicator.IndicatorDtos.IndicatorView;
import fr.assises.evaluation.indicator.IndicatorDtos.ManualValue;

/** Indicators: organisers define them, organisers and partners read them with their status. */
@Path("/api/evaluation")
public class IndicatorResource {

    @Inject
    IndicatorService service;

    @GET
    @Path("congresses/{congressId}/indicators")
    @RolesAllowed({ Roles.ORGANISER, Roles.PARTNER, Roles.ADMIN })
    public List<IndicatorView> list(@PathParam("congressId") UUID congressId) {
        return service.ofCongress(congressId);
    }

    @POST
    @Path("congresses/{congressId}/indicators")
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public Response create(@PathParam("congressId") UUID congressId, @Valid @NotNull IndicatorRequest request) {
        IndicatorView created = service.create(congressId, request);
        return Response.created(URI.create("/api/evaluation/indicators/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("indicators/{id}")
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public IndicatorView update(@PathParam("id") UUID id, @Valid @NotNull IndicatorRequest request) {
        return service.update(id, request);
    }

    @PUT
    @Path("indicators/{id}/value")
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public IndicatorView setValue(@PathParam("id") UUID id, @Valid @NotNull ManualValue request) {
        return service.setManualValue(id, request.value());
    }

    @DELETE
    @Path("indicators/{id}")
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public Response delete(@PathParam("id") UUID id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
