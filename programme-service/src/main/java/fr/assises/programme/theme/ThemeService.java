package fr.assises.programme.theme;

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
import fr.assises.programme.theme.ThemeDtos.ThemeRequest;
import fr.assises.programme.theme.ThemeDtos.ThemeView;

@ApplicationScoped
public class ThemeService {

    @Inject
    ThemeRepository themes;

    @Inject
    CongressRepository congresses;

    @Inject
    SessionRepository sessions;

    @Inject
    ConflictDetector conflicts;

    @Transactional
    public List<ThemeView> list(UUID congressId) {
        congresses.require(congressId);
        return themes.ofCongress(congressId).stream().map(ThemeView::of).toList();
    }

    @Transactional
    public ThemeView get(UUID congressId, UUID id) {
        congresses.require(congressId);
        return ThemeView.of(themes.require(congressId, id));
    }

    @Transactional
    public Changed<ThemeView> create(UUID congressId, ThemeRequest request) {
        congresses.require(congressId);
        requireFreeCode(congressId, request.code(), null);
        Theme theme = new Theme();
        theme.id = UUID.randomUUID();
        theme.congressId = congressId;
        apply(theme, request);
        themes.persist(theme);
        themes.flush();
        return new Changed<>(ThemeView.of(theme), conflicts.detect(congressId));
    }

    @Transactional
    public Changed<ThemeView> update(UUID congressId, UUID id, ThemeRequest request) {
        Theme theme = themes.require(congressId, id);
        Versions.check(request.version(), theme.version);
        requireFreeCode(congressId, request.code(), id);
        apply(theme, request);
        themes.flush();
        return new Changed<>(ThemeView.of(theme), conflicts.detect(congressId));
    }

    @Transactional
    public List<Conflict> delete(UUID congressId, UUID id) {
        Theme theme = themes.require(congressId, id);
        if (sessions.usingTheme(id) > 0) {
            throw ProblemException.conflict("La thématique « " + theme.name + " » est encore attachée à des séances.");
        }
        themes.delete(theme);
        themes.flush();
        return conflicts.detect(congressId);
    }

    private void requireFreeCode(UUID congressId, String code, UUID except) {
        if (themes.codeTaken(congressId, code, except)) {
            throw ProblemException.conflict("Une thématique porte déjà le code « " + code + " ».");
        }
    }

    private static void apply(Theme theme, ThemeRequest request) {
        theme.code = request.code();
        theme.name = request.name().strip();
        theme.description = request.description();
    }
}
