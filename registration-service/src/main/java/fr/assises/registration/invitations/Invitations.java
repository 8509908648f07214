package fr.assises.registration.invitations;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.Problem;
import fr.assises.common.problem.ProblemException;
import fr.assises.common.problem.ProblemType;
import fr.assises.registration.programme.CongressRepository;
import fr.assises.registration.settings.Category;
import fr.assises.registration.settings.CategoryRepository;
import fr.assises.registration.settings.SettingsRepository;

/**
 * Invitation codes (reserved places). A use is taken with a conditional UPDATE ({@code used < max_uses}, not
 * expired) in the registration's transaction, so two people can never take the last use of a code, and a refused
 * registration gives its use back by rolling back.
 */
@ApplicationScoped
public class Invitations {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CongressRepository congresses;

    @Inject
    SettingsRepository settings;

    @Inject
    CategoryRepository categories;

    @Inject
    InvitationRepository codes;

    @Transactional
    public List<InvitationView> list(UUID congressId) {
        congresses.require(congressId);
        Instant now = Instant.now();
        return codes.of(congressId).stream().map(c -> view(c, now)).toList();
    }

    @Transactional
    public InvitationView create(UUID congressId, InvitationRequest request) {
        requireSettings(congressId);
        requireCategory(congressId, request.category());
        String code = request.code() == null ? draw(congressId) : normalise(request.code());
        if (codes.find(congressId, code).isPresent()) {
            throw ProblemException.invalidField("code", "ce code existe déjà pour ce congrès");
        }
        InvitationCode c = new InvitationCode();
        c.congressId = congressId;
        c.code = code;
        c.createdAt = Instant.now();
        apply(c, request);
        codes.persist(c);
        return view(c, Instant.now());
    }

    @Transactional
    public InvitationView change(UUID congressId, String code, InvitationRequest request) {
        InvitationCode c = require(congressId, code);
        requireCategory(congressId, request.category());
        if (request.maxUses() < c.used) {
            throw ProblemException.invalidField("maxUses", "déjà utilisé " + c.used + " fois : pas moins");
        }
        if (c.used > 0 && !c.category.equals(request.category())) {
            throw ProblemException.invalidField("category", "code déjà utilisé : sa catégorie ne change plus");
        }
        apply(c, request);
        return view(c, Instant.now());
    }

    @Transactional
    public void delete(UUID congressId, String code) {
        InvitationCode c = require(congressId, code);
        if (c.used > 0) {
            throw ProblemException.conflict("Ce code a déjà servi " + c.used
                    + " fois : donnez-lui plutôt une date d'expiration.");
        }
        codes.delete(c);
    }

    /** For the form: what a code opens, or why it cannot be used (400 unknown, 422 expired or exhausted). */
    @Transactional
    public InvitationCheck check(UUID congressId, String code) {
        congresses.require(congressId);
        InvitationCode c = usable(congressId, code);
        Category category = categories.find(congressId, c.category)
                .orElseThrow(() -> refused("invitationCode", "ce code n'ouvre plus aucune catégorie"));
        return new InvitationCheck(c.code, category.code, category.labelFr, category.labelEn, category.feeCents,
                c.maxUses - c.used);
    }

    /**
     * Takes one use of {@code code} for a registration in {@code category}, in the caller's transaction; refuses a
     * code that is unknown, expired, used up or meant for another category.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String use(UUID congressId, String code, String category) {
        InvitationCode c = usable(congressId, code);
        if (!c.category.equals(category)) {
            String label = categories.find(congressId, c.category).map(k -> k.labelFr).orElse(c.category);
            throw ProblemException.invalidField("category",
                    "votre code d'invitation ouvre la catégorie « " + label + " »");
        }
        int taken = codes.getEntityManager().createNativeQuery("""
                update invitation_code set used = used + 1
                where congress_id = ?1 and code = ?2 and used < max_uses and (expires_at is null or expires_at > now())""")
                .setParameter(1, congressId).setParameter(2, c.code).executeUpdate();
        if (taken == 0) {
            throw refused("invitationCode", "toutes les places de ce code d'invitation sont prises");
        }
        return c.code;
    }

    /** Gives back the use of a cancelled registration. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(UUID congressId, String code) {
        codes.getEntityManager().createNativeQuery(
                "update invitation_code set used = used - 1 where congress_id = ?1 and code = ?2 and used > 0")
                .setParameter(1, congressId).setParameter(2, code).executeUpdate();
    }

    private InvitationCode usable(UUID congressId, String code) {
        InvitationCode c = code == null ? null : codes.find(congressId, normalise(code)).orElse(null);
        if (c == null) {
            throw ProblemException.invalidField("invitationCode", "code d'invitation inconnu : vérifiez-le");
        }
        codes.getEntityManager().refresh(c);
        if (c.expired(Instant.now())) {
            throw refused("invitationCode", "ce code d'invitation a expiré le "
                    + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(c.expiresAt.atZone(PARIS)));
        }
        if (c.used >= c.maxUses) {
            throw refused("invitationCode", "toutes les places de ce code d'invitation sont prises");
        }
        return c;
    }

    private static ProblemException refused(String field, String message) {
        return new ProblemException(ProblemType.BUSINESS_RULE, message, List.of(new Problem.FieldError(field, message)));
    }

    private InvitationCode require(UUID congressId, String code) {
        congresses.require(congressId);
        return codes.find(congressId, normalise(code))
                .orElseThrow(() -> ProblemException.notFound("Code d'invitation introuvable."));
    }

    private void requireSettings(UUID congressId) {
        congresses.require(congressId);
        if (settings.findById(congressId) == null) {
            throw ProblemException.notFound("Les inscriptions de ce congrès ne sont pas encore paramétrées.");
        }
    }

    private void requireCategory(UUID congressId, String category) {
        if (categories.find(congressId, category).isEmpty()) {
            throw ProblemException.invalidField("category", "catégorie inconnue");
        }
    }

    private static void apply(InvitationCode c, InvitationRequest request) {
        c.label = request.label().strip();
        c.category = request.category();
        c.maxUses = request.maxUses();
        c.expiresAt = request.expiresAt() == null ? null : request.expiresAt().toInstant();
    }

    private String draw(UUID congressId) {
        while (true) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                if (i == 5) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (codes.find(congressId, code.toString()).isEmpty()) {
                return code.toString();
            }
        }
    }

    static String normalise(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private static InvitationView view(InvitationCode c, Instant now) {
        return new InvitationView(c.code, c.label, c.category, c.maxUses, c.used, Math.max(0, c.maxUses - c.used),
                c.expiresAt == null ? null : c.expiresAt.atZone(PARIS).toOffsetDateTime(), c.expired(now));
    }

    /** Whether a category is opened by a code (it may then not be removed from the settings). */
    public boolean opens(UUID congressId, String category) {
        return codes.count("congressId = ?1 and category = ?2", congressId, category) > 0;
    }
}
