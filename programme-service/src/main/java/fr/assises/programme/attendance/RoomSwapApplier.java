package fr.assises.programme.attendance;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import fr.assises.common.problem.ProblemException;
import fr.assises.programme.Changed;
import fr.assises.programme.attendance.AttendanceService.RoomSwap;
import fr.assises.programme.congress.CongressRepository;
import fr.assises.programme.session.SessionDtos.SessionView;
import fr.assises.programme.session.SessionMove;
import fr.assises.programme.session.SessionService;

/**
 * Applies one room change programme-service advises, as the planner's one-click button asks: the advice is worked
 * out again at that moment, so a stale page cannot move a session on an advice that no longer holds.
 */
@ApplicationScoped
public class RoomSwapApplier {

    @Inject
    AttendanceService attendance;

    @Inject
    SessionService sessions;

    @Inject
    CongressRepository congresses;

    public record ApplyRequest(@NotNull UUID sessionId, @NotNull UUID suggestedRoomId) {
    }

    public record Applied(RoomSwap applied, List<SessionView> sessions) {
    }

    @Transactional
    public Changed<Applied> apply(UUID congressId, ApplyRequest request) {
        congresses.lock(congressId);
        sessions.get(congressId, request.sessionId());
        RoomSwap swap = attendance.view(congressId).roomSwaps().stream()
                .filter(s -> s.sessionId().equals(request.sessionId())
                        && s.suggestedRoomId().equals(request.suggestedRoomId()))
                .findFirst()
                .orElseThrow(() -> ProblemException.conflict("Ce changement de salle n'est plus conseillé : le "
                        + "programme ou les inscriptions ont changé depuis. Rechargez le planning."));
        Changed<SessionView> moved = sessions.move(congressId, swap.sessionId(),
                new SessionMove(null, null, true, swap.suggestedRoomId(), null));
        if (swap.swapWithSessionId() == null) {
            return new Changed<>(new Applied(swap, List.of(moved.item())), moved.conflicts());
        }
        Changed<SessionView> other = sessions.move(congressId, swap.swapWithSessionId(),
                new SessionMove(null, null, true, swap.roomId(), null));
        return new Changed<>(new Applied(swap, List.of(moved.item(), other.item())), other.conflicts());
    }
}
