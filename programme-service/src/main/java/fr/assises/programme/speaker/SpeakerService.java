package fr.assises.programme.speaker;

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
import fr.assises.programme.session.SessionRepository;
import fr.assises.programme.speaker.SpeakerDtos.SpeakerRequest;
import fr.assises.programme.speaker.SpeakerDtos.SpeakerView;

@ApplicationScoped
public class SpeakerService {

    @Inject
    SpeakerRepository speakers;

    @Inject
    CongressRepository congresses;

    @Inject
    SessionRepository sessions;

    @Inject
    ConflictDetector conflicts;

    @Transactional
    public List<SpeakerView> list(UUID congressId) {
        congresses.require(congressId);
        return speakers.ofCongress(congressId).stream().map(SpeakerView::of).toList();
    }

    @Transactional
    public SpeakerView get(UUID congressId, UUID id) {
        return SpeakerView.of(speakers.require(congressId, id));
    }

    @Transactional
    public Changed<SpeakerView> create(UUID congressId, SpeakerRequest request) {
        congresses.require(congressId);
        Speaker speaker = new Speaker();
        speaker.id = UUID.randomUUID();
        speaker.congressId = congressId;
        apply(speaker, request);
        speakers.persist(speaker);
        speakers.flush();
        return new Changed<>(SpeakerView.of(speaker), conflicts.detect(congressId));
    }

    @Transactional
    public Changed<SpeakerView> update(UUID congressId, UUID id, SpeakerRequest request) {
        Speaker speaker = speakers.require(congressId, id);
        Versions.check(request.version(), speaker.version);
        apply(speaker, request);
        speakers.flush();
        return new Changed<>(SpeakerView.of(speaker), conflicts.detect(congressId));
    }

    @Transactional
    public List<Conflict> delete(UUID congressId, UUID id) {
        Speaker speaker = speakers.require(congressId, id);
        long used = sessions.usingSpeaker(id);
        if (used > 0) {
            throw ProblemException.conflict("Cette personne intervient encore dans " + used
                    + (used > 1 ? " séances" : " séance") + " : retirez-la des séances avant de la supprimer.");
        }
        speakers.delete(speaker);
        speakers.flush();
        return conflicts.detect(congressId);
    }

    private static void apply(Speaker speaker, SpeakerRequest request) {
        speaker.name = request.name().strip();
        speaker.organisation = blankToNull(request.organisation());
        speaker.role = blankToNull(request.role());
        speaker.bio = blankToNull(request.bio());
        speaker.publicConsent = request.publicConsent();
        speaker.email = blankToNull(request.email());
        speaker.phone = blankToNull(request.phone());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
