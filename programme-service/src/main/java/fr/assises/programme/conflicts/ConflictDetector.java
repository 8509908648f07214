package fr.assises.programme.conflicts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.programme.attendance.AttendanceRepository;
import fr.assises.programme.attendance.AttendanceRepository.Counts;
import fr.assises.programme.conflicts.Conflict.ConflictCode;
import fr.assises.programme.congress.Congress;
import fr.assises.programme.congress.CongressRepository;
import fr.assises.programme.congress.HalfDay;
import fr.assises.programme.room.Room;
import fr.assises.programme.room.RoomRepository;
import fr.assises.programme.session.Session;
import fr.assises.programme.session.SessionDtos;
import fr.assises.programme.session.SessionKind;
import fr.assises.programme.session.SessionRepository;
import fr.assises.programme.speaker.Speaker;
import fr.assises.programme.speaker.SpeakerRepository;

/** Finds what is wrong with a congress' draft programme. Cancelled sessions take no part. */
@ApplicationScoped
public class ConflictDetector {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    CongressRepository congresses;

    @Inject
    SessionRepository sessions;

    @Inject
    RoomRepository rooms;

    @Inject
    SpeakerRepository speakers;

    @Inject
    AttendanceRepository attendance;

    @Transactional
    public List<Conflict> detect(UUID congressId) {
        Congress congress = congresses.require(congressId);
        List<Session> scheduled = sessions.ofCongress(congressId).stream().filter(Session::scheduled).toList();
        Map<UUID, Room> roomsById = rooms.byId(congressId);
        Map<UUID, Speaker> speakersById = speakers.byId(congressId);
        Map<UUID, Counts> counts = attendance.countsBySession(congressId);
        ZoneId zone = congress.zone();
        List<Conflict> found = new ArrayList<>();

        for (int i = 0; i < scheduled.size(); i++) {
            Session a = scheduled.get(i);
            for (int j = i + 1; j < scheduled.size(); j++) {
                Session b = scheduled.get(j);
                if (!a.overlaps(b)) {
                    continue;
                }
                if (a.roomId != null && a.roomId.equals(b.roomId)) {
                    found.add(Conflict.of(ConflictCode.ROOM_DOUBLE_BOOKED,
                            "La salle « " + roomName(roomsById, a.roomId) + " » est réservée pour « " + a.title
                                    + " » et « " + b.title + " » en même temps.",
                            List.of(a.id, b.id), a.roomId, null));
                }
                Set<UUID> shared = new HashSet<>(a.people());
                shared.retainAll(b.people());
                for (UUID speakerId : shared.stream().sorted().toList()) {
                    Speaker speaker = speakersById.get(speakerId);
                    found.add(Conflict.of(ConflictCode.SPEAKER_DOUBLE_BOOKED,
                            "L'intervenant·e « " + (speaker == null ? speakerId : speaker.name)
                                    + " » est attendu·e à « " + a.title + " » et à « " + b.title + " » en même temps.",
                            List.of(a.id, b.id), null, speakerId));
                }
                Session workshop = a.kind == SessionKind.WORKSHOP ? a : b.kind == SessionKind.WORKSHOP ? b : null;
                Session plenary = a.kind == SessionKind.PLENARY ? a : b.kind == SessionKind.PLENARY ? b : null;
                if (workshop != null && plenary != null) {
                    found.add(Conflict.of(ConflictCode.WORKSHOP_DURING_PLENARY,
                            "L'atelier « " + workshop.title + " » a lieu pendant la plénière « " + plenary.title + " ».",
                            List.of(workshop.id, plenary.id), null, null));
                }
            }
        }

        for (Session s : scheduled) {
            Optional<HalfDay> halfDay = congress.halfDay(s.halfDayCode);
            if (halfDay.isEmpty() || !halfDay.get().contains(s.startAt, s.endAt)) {
                String bounds = halfDay.map(h -> " (" + HOUR.format(h.startAt.atZone(zone)) + "–"
                        + HOUR.format(h.endAt.atZone(zone)) + ")").orElse(" (supprimée)");
                found.add(Conflict.of(ConflictCode.SESSION_OUTSIDE_HALF_DAY,
                        "La séance « " + s.title + " » (" + HOUR.format(s.startAt.atZone(zone)) + "–"
                                + HOUR.format(s.endAt.atZone(zone)) + ") déborde de sa demi-journée "
                                + s.halfDayCode + bounds + ".",
                        List.of(s.id), s.roomId, null));
            }
            Room room = s.roomId == null ? null : roomsById.get(s.roomId);
            if (room != null && s.capacity != null && s.capacity > room.capacity) {
                found.add(Conflict.of(ConflictCode.CAPACITY_ABOVE_ROOM,
                        "La séance « " + s.title + " » prévoit " + s.capacity + " places alors que la salle « "
                                + room.name + " » n'en compte que " + room.capacity + ".",
                        List.of(s.id), room.id, null));
            }
            Integer capacity = SessionDtos.effectiveCapacity(s, room);
            Counts count = counts.get(s.id);
            if (capacity != null && count != null && count.expected() > capacity) {
                found.add(Conflict.of(ConflictCode.ATTENDANCE_ABOVE_CAPACITY,
                        "« " + s.title + " » attend " + count.expected() + " participant·es pour " + capacity
                                + " places.",
                        List.of(s.id), s.roomId, null));
            }
        }

        Set<UUID> busy = new HashSet<>();
        scheduled.forEach(s -> busy.addAll(s.people()));
        speakersById.values().stream()
                .filter(sp -> !busy.contains(sp.id))
                .sorted(Comparator.comparing(sp -> sp.name))
                .forEach(sp -> found.add(Conflict.of(ConflictCode.SPEAKER_WITHOUT_SESSION,
                        "L'intervenant·e « " + sp.name + " » n'intervient dans aucune séance.",
                        List.of(), null, sp.id)));

        found.sort(Comparator.comparing(Conflict::severity).thenComparing(Conflict::code));
        return found;
    }

    public List<Conflict> hard(UUID congressId) {
        return detect(congressId).stream().filter(Conflict::hard).toList();
    }

    private static String roomName(Map<UUID, Room> rooms, UUID id) {
        Room room = rooms.get(id);
        return room == null ? id.toString() : room.name;
    }
}
