package fr.assises.programme.attendance;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.assises.common.security.Roles;
import fr.assises.programme.Changed;
import fr.assises.programme.attendance.RoomSwapApplier.Applied;
import fr.assises.programme.attendance.RoomSwapApplier.ApplyRequest;

/** Applies one of the room changes listed by {@code GET …/attendance} (organisers only: it edits the draft). */
@Path("/api/programme/congresses/{congressId}/attendance/room-swaps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
public class RoomSwapResource {

    @Inject
    RoomSwapApplier applier;

    @POST
    public Changed<Applied> apply(@PathParam("congressId") UUID congressId, @Valid @NotNull ApplyRequest request) {
        return applier.apply(congressId, request);
    }
}
