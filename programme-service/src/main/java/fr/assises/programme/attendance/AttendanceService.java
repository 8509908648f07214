package fr.assises.programme.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.assises.programme.attendance.AttendanceRepository.Counts;
import fr.assises.programme.congress.CongressRepository;
import fr.assises.programme.events.RegistrationData;
import fr.assises.programme.room.Room;
import fr.assises.programme.room.RoomRepository;
import fr.assises.programme.session.Session;
import fr.assises.programme.session.SessionDtos;
import fr.assises.programme.session.SessionKind;
import fr.assises.programme.session.SessionRepository;

/** Expected attendance per session, from the registrations' current choices. */
@ApplicationScoped
public class AttendanceService {

    private static final Counts NONE = new Counts(0, 0);

    private static final Logger LOG = Logger.getLogger(AttendanceService.class);

    @Inject
    AttendanceRepository contributions;

    @Inject
    CongressRepository congresses;

    @Inject
    SessionRepository sessions;

    @Inject
    RoomRepository rooms;

    public record SessionAttendance(UUID sessionId, String title, SessionKind kind, String halfDayCode,
            UUID seriesId, UUID roomId, String roomName, Integer capacity, long expected, long waitlisted,
            BigDecimal fillRate) {
    }

    public record RoomSwap(UUID sessionId, String title, UUID roomId, String roomName, int roomCapacity,
            long demand, UUID suggestedRoomId, String suggestedRoomName, int suggestedRoomCapacity,
            UUID swapWithSessionId, String message) {
    }

    public record AttendanceView(UUID congressId, List<SessionAttendance> sessions, List<RoomSwap> roomSwaps) {
    }

    /**
     * Replaces a registration's contribution with its latest state: the caller has checked the version, so a
     * duplicate or out-of-date event never reaches this point.
     */
    @Transactional
    public void apply(RegistrationData data) {
        contributions.forgetRegistration(data.registrationId());
        if ("CANCELLED".equals(data.status())) {
            return;
        }
        boolean registrationWaitlisted = !"CONFIRMED".equals(data.status());
        Map<AttendanceContribution.Key, String> choices = new LinkedHashMap<>();
        add(choices, data, data.meals(), "MEAL", registrationWaitlisted);
        add(choices, data, data.workshops(), "WORKSHOP", registrationWaitlisted);
        if (choices.isEmpty()) {
            return;
        }
        // only this congress' sessions count: an id from elsewhere comes from a faulty producer and must skew nothing
        Set<UUID> chosen = new TreeSet<>();
        choices.keySet().forEach(key -> chosen.add(key.sessionId));
        Set<UUID> foreign = new TreeSet<>(chosen);
        foreign.removeAll(contributions.sessionsOf(data.congressId(), chosen));
        choices.keySet().removeIf(key -> foreign.contains(key.sessionId));
        if (!foreign.isEmpty()) {
            LOG.debugf("Registration event for congress %s: %d session(s) outside that congress ignored: %s",
                    data.congressId(), foreign.size(), foreign);
        }
        contributions.insert(data.congressId(), choices);
    }

    private static void add(Map<AttendanceContribution.Key, String> choices, RegistrationData data,
            List<RegistrationData.Choice> list, String kind, boolean registrationWaitlisted) {
        if (list == null) {
            return;
        }
        for (RegistrationData.Choice choice : list) {
            if (choice == null || choice.sessionId() == null || "CANCELLED".equals(choice.status())) {
                continue;
            }
            boolean confirmed = !registrationWaitlisted && "CONFIRMED".equals(choice.status());
            choices.put(new AttendanceContribution.Key(data.registrationId(), choice.sessionId(), kind),
                    confirmed ? AttendanceContribution.CONFIRMED : AttendanceContribution.WAITLISTED);
        }
    }

    @Transactional
    public AttendanceView view(UUID congressId) {
        congresses.require(congressId);
        Map<UUID, Counts> counts = contributions.countsBySession(congressId);
        Map<UUID, Room> roomsById = rooms.byId(congressId);
        List<Session> scheduled = sessions.ofCongress(congressId).stream().filter(Session::scheduled).toList();
        List<SessionAttendance> rows = new ArrayList<>();
        for (Session s : scheduled) {
            if (s.kind != SessionKind.WORKSHOP && s.kind != SessionKind.MEAL && !counts.containsKey(s.id)) {
                continue;
            }
            Room room = s.roomId == null ? null : roomsById.get(s.roomId);
            Integer capacity = SessionDtos.effectiveCapacity(s, room);
            Counts c = counts.getOrDefault(s.id, NONE);
            BigDecimal fill = capacity == null ? null
                    : BigDecimal.valueOf(c.expected()).divide(BigDecimal.valueOf(capacity), 3, RoundingMode.HALF_UP);
            rows.add(new SessionAttendance(s.id, s.title, s.kind, s.halfDayCode, s.seriesId, s.roomId,
                    room == null ? null : room.name, capacity, c.expected(), c.waitlisted(), fill));
        }
        return new AttendanceView(congressId, rows, swaps(scheduled, roomsById, counts));
    }

    /**
     * A workshop whose demand (confirmed + waitlisted) exceeds its room gets the smallest larger room of the
     * same slot that is free or whose occupant would fit in the workshop's room. The suggestions are made one
     * after the other on the programme as the earlier ones leave it, the most crowded workshop first: a room
     * given to one workshop is no longer free for the others of its slot, and a session moved by one
     * suggestion is moved by no other, so applying them all never puts two sessions in one room.
     */
    static List<RoomSwap> swaps(List<Session> scheduled, Map<UUID, Room> roomsById, Map<UUID, Counts> counts) {
        List<RoomSwap> swaps = new ArrayList<>();
        List<Room> bySize = roomsById.values().stream()
                .sorted(Comparator.comparingInt((Room r) -> r.capacity).thenComparing(r -> r.name)).toList();
        Map<UUID, UUID> planned = new HashMap<>();
        scheduled.forEach(s -> planned.put(s.id, s.roomId));
        Set<UUID> touched = new HashSet<>();
        List<Session> crowded = scheduled.stream()
                .filter(w -> w.kind == SessionKind.WORKSHOP && w.roomId != null && roomsById.containsKey(w.roomId))
                .filter(w -> demand(counts, w) > roomsById.get(w.roomId).capacity)
                .sorted(Comparator.comparingLong((Session w) -> roomsById.get(w.roomId).capacity - demand(counts, w))
                        .thenComparing(w -> w.title).thenComparing(w -> w.id))
                .toList();
        for (Session w : crowded) {
            Room own = roomsById.get(w.roomId);
            long demand = demand(counts, w);
            RoomSwap best = null;
            for (Room candidate : bySize) {
                if (candidate.capacity <= own.capacity || candidate.id.equals(own.id)) {
                    continue;
                }
                List<Session> occupants = scheduled.stream()
                        .filter(o -> o != w && candidate.id.equals(planned.get(o.id)) && o.overlaps(w)).toList();
                RoomSwap option = null;
                if (occupants.isEmpty()) {
                    option = new RoomSwap(w.id, w.title, own.id, own.name, own.capacity, demand, candidate.id,
                            candidate.name, candidate.capacity, null, "Déplacer « " + w.title + " » ("
                                    + demand + " demandes) de « " + own.name + " » (" + own.capacity
                                    + " places) vers « " + candidate.name + " » (" + candidate.capacity
                                    + " places), libre sur ce créneau.");
                } else if (occupants.size() == 1 && !touched.contains(occupants.get(0).id)
                        && occupants.get(0).roomId != null && occupants.get(0).roomId.equals(candidate.id)
                        && fitsAlone(scheduled, planned, occupants.get(0), w, own)) {
                    Session other = occupants.get(0);
                    long otherDemand = demand(counts, other);
                    if (otherDemand <= own.capacity && otherDemand < candidate.capacity) {
                        option = new RoomSwap(w.id, w.title, own.id, own.name, own.capacity, demand, candidate.id,
                                candidate.name, candidate.capacity, other.id, "Échanger les salles de « " + w.title
                                        + " » (" + demand + " demandes, " + own.capacity + " places) et de « "
                                        + other.title + " » (" + otherDemand + " demandes, " + candidate.capacity
                                        + " places).");
                    }
                }
                if (option != null) {
                    best = option;
                    if (candidate.capacity >= demand) {
                        break;
                    }
                }
            }
            if (best != null) {
                swaps.add(best);
                touched.add(w.id);
                planned.put(w.id, best.suggestedRoomId());
                if (best.swapWithSessionId() != null) {
                    touched.add(best.swapWithSessionId());
                    planned.put(best.swapWithSessionId(), own.id);
                }
            }
        }
        return swaps;
    }

    /** Whether {@code other} would be alone in {@code room} once {@code leaving} has left it. */
    private static boolean fitsAlone(List<Session> scheduled, Map<UUID, UUID> planned, Session other, Session leaving,
            Room room) {
        return scheduled.stream().noneMatch(o -> o != other && o != leaving && room.id.equals(planned.get(o.id))
                && o.overlaps(other));
    }

    private static long demand(Map<UUID, Counts> counts, Session s) {
        Counts c = counts.getOrDefault(s.id, NONE);
        return c.expected() + c.waitlisted();
    }
}
