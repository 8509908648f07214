package fr.assises.gateway.web.organiser.setup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.ProgrammeClient;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.Kept;
import fr.assises.gateway.web.shared.Visitor;
import io.smallrye.common.annotation.Blocking;

/** The congress's rooms, on the set-up page: added, renamed or resized, deleted (programme-service keeps one in use). */
@Path("/organisation/{slug}/configuration/salles")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class RoomPages {

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    SetupPage page;

    @Inject
    @RestClient
    ProgrammeClient programme;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addRoom(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        Kept kept = new Kept("newRoom", fields);
        return page.change(congress, kept, "newRoom", () -> {
            Integer capacity = SetupFields.capacity(fields.getFirst("capacity"));
            if (capacity == null) {
                return page.refused(congress, kept, "newRoom", capacityExpected());
            }
            programme.createRoom(congress.congressId(), new Dto.RoomRequest(fields.getFirst("name"), capacity,
                    fields.getFirst("accessible") != null, null));
            return SetupPage.saved(slug, "room-added", "#salles");
        });
    }

    /** Renames a room or changes its capacity, with the version read so a concurrent change is not overwritten. */
    @POST
    @Path("{roomId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveRoom(@PathParam("slug") String slug, @PathParam("roomId") String roomId,
            MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        String field = "room-" + roomId;
        Kept kept = new Kept(field, fields);
        return page.change(congress, kept, field, () -> {
            Integer capacity = SetupFields.capacity(fields.getFirst("capacity"));
            if (capacity == null) {
                return page.refused(congress, kept, field, capacityExpected());
            }
            programme.updateRoom(congress.congressId(), roomId, new Dto.RoomRequest(fields.getFirst("name"),
                    capacity, fields.getFirst("accessible") != null, SetupFields.version(fields.getFirst("version"))));
            return SetupPage.saved(slug, "room-saved", "#salles");
        });
    }

    @POST
    @Path("{roomId}/suppression")
    public Response deleteRoom(@PathParam("slug") String slug, @PathParam("roomId") String roomId) {
        Dto.Congress congress = congresses.bySlug(slug);
        return page.change(congress, Kept.none(), "room-" + roomId, () -> {
            programme.deleteRoom(congress.congressId(), roomId);
            return SetupPage.saved(slug, "room-deleted", "#salles");
        });
    }

    private String capacityExpected() {
        return visitor.words(SetupMsg.class).capacity_expected();
    }
}
