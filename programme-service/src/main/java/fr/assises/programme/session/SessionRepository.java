package fr.assises.programme.session;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fr.assises.common.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<Session, UUID> {

    public List<Session> ofCongress(UUID congressId) {
        return list("congressId = ?1 order by startAt, title", congressId);
    }

    public Set<UUID> idsOf(UUID congressId) {
        return new HashSet<>(getEntityManager()
                .createQuery("select s.id from Session s where s.congressId = ?1", UUID.class)
                .setParameter(1, congressId).getResultList());
    }

    public Session require(UUID congressId, UUID id) {
        return find("congressId = ?1 and id = ?2", congressId, id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Séance introuvable."));
    }

    /** The other scheduled sessions of a series; cancelled ones no longer hold the slot. */
    public List<Session> otherScheduledInSeries(UUID congressId, UUID seriesId, UUID except) {
        return list("congressId = ?1 and seriesId = ?2 and id <> ?3 and status = ?4 order by startAt, title",
                congressId, seriesId, except, SessionStatus.SCHEDULED);
    }

    public long usingTheme(UUID themeId) {
        return ((Number) getEntityManager()
                .createNativeQuery("select count(*) from session_theme where theme_id = ?1")
                .setParameter(1, themeId).getSingleResult()).longValue();
    }

    public long usingSpeaker(UUID speakerId) {
        return ((Number) getEntityManager()
                .createNativeQuery("select count(*) from session s where s.moderator_id = ?1 or exists "
                        + "(select 1 from session_speaker p where p.session_id = s.id and p.speaker_id = ?1)")
                .setParameter(1, speakerId).getSingleResult()).longValue();
    }

    public boolean everReleased(UUID sessionId) {
        return ((Number) getEntityManager()
                .createNativeQuery("select count(*) from released_session where session_id = ?1")
                .setParameter(1, sessionId).getSingleResult()).longValue() > 0;
    }
}
