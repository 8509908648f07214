package fr.assises.registration.billing;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.assises.registration.programme.Congress;
import fr.assises.registration.programme.CongressRepository;

/**
 * The files of a document, rendered from what was issued at the first download and kept: every later download
 * gives the same bytes, and the database refuses to replace them.
 */
@ApplicationScoped
public class DocumentFiles {

    @Inject
    EntityManager em;

    @Inject
    BillingReads reads;

    @Inject
    CongressRepository congresses;

    @Transactional
    public byte[] pdf(UUID id) {
        BillingDocument d = reads.require(id);
        if (d.pdf != null) {
            return d.pdf;
        }
        DocumentView view = reads.view(d);
        byte[] pdf = DocumentPdf.render(view, reads.issuer(d), congressTitle(d), creditedNumber(d));
        keep(id, "pdf", pdf);
        return pdf;
    }

    /**
     * The Factur-X file of an invoice to an organisation (the public sector's channel, Chorus Pro); a person
     * paying for themself gets the PDF only, as their address is not asked.
     */
    @Transactional
    public byte[] facturx(UUID id) {
        BillingDocument d = reads.require(id);
        if (!BillingDocument.INVOICE.equals(d.kind)) {
            throw fr.assises.common.problem.ProblemException.notFound("Facture introuvable.");
        }
        if (d.facturx != null) {
            return d.facturx;
        }
        if (!PayerRequest.ORGANISATION.equals(d.buyerKind)) {
            throw fr.assises.common.problem.ProblemException.businessRule(
                    "La facture Factur-X est faite pour une organisation qui paie : celle-ci est adressée à une personne.");
        }
        byte[] facturx = FacturX.render(reads.view(d), reads.issuer(d), pdf(id));
        keep(id, "facturx", facturx);
        return facturx;
    }

    String congressTitle(BillingDocument d) {
        Congress c = congresses.findById(d.congressId);
        return c == null ? "" : c.title;
    }

    String creditedNumber(BillingDocument d) {
        return d.creditedId == null ? null : reads.require(d.creditedId).number;
    }

    /** Written once: a concurrent first download keeps the file that was stored first. */
    void keep(UUID id, String column, byte[] bytes) {
        em.createNativeQuery("update billing_document set " + column + " = ?1 where id = ?2 and " + column + " is null")
                .setParameter(1, bytes).setParameter(2, id).executeUpdate();
    }
}
