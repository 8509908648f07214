package fr.assises.programme.room;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.ProblemException;
import fr.assises.programme.Changed;
import fr.assises.programme.Versions;
import fr.assises.programme.conflicts.Conflict;
import fr.assises.programme.conflicts.ConflictDetector;
import fr.assises.programme.congress.CongressRepository;
import fr.assises.programme.room.RoomDtos.RoomRequest;
import fr.assises.programme.room.RoomDtos.RoomView;
import fr.assises.programme.session.SessionRepository;

@ApplicationScoped
public class RoomService {

    @Inject
    RoomRepository rooms;

    @Inject
    CongressRepository congresses;

    @Inject
    SessionRepository sessions;

    @Inject
    ConflictDetector conflicts;

    @Transactional
    public List<RoomView> list(UUID congressId) {
        congresses.require(congressId);
        return rooms.ofCongress(congressId).stream().map(RoomView::of).toList();
    }

    @Transactional
    public RoomView get(UUID congressId, UUID id) {
        return RoomView.of(rooms.require(congressId, id));
    }

    @Transactional
    public Changed<RoomView> create(UUID congressId, RoomRequest request) {
        congresses.require(congressId);
        requireFreeName(congressId, request.name(), null);
        Room room = new Room();
        room.id = UUID.randomUUID();
        room.congressId = congressId;
        apply(room, request);
        rooms.persist(room);
        rooms.flush();
        return new Changed<>(RoomView.of(room), conflicts.detect(congressId));
    }

    @Transactional
    public Changed<RoomView> update(UUID congressId, UUID id, RoomRequest request) {
        Room room = rooms.require(congressId, id);
        Versions.check(request.version(), room.version);
        requireFreeName(congressId, request.name(), id);
        apply(room, request);
        rooms.flush();
        return new Changed<>(RoomView.of(room), conflicts.detect(congressId));
    }

    @Transactional
    public List<Conflict> delete(UUID congressId, UUID id) {
        Room room = rooms.require(congressId, id);
        long used = sessions.count("roomId", id);
        if (used > 0) {
            throw ProblemException.conflict("La salle « " + room.name + " » accueille encore " + used
                    + (used > 1 ? " séances" : " séance") + " : déplacez-les avant de la supprimer.");
        }
        rooms.delete(room);
        rooms.flush();
        return conflicts.detect(congressId);
    }

    private void requireFreeName(UUID congressId, String name, UUID except) {
        if (rooms.nameTaken(congressId, name.strip(), except)) {
            throw ProblemException.conflict("Une salle porte déjà le nom « " + name.strip() + " ».");
        }
    }

    private static void apply(Room room, RoomRequest request) {
        room.name = request.name().strip();
        room.capacity = request.capacity();
        room.accessible = request.accessible();
    }
}
