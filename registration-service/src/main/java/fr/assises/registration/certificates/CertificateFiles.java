package fr.assises.registration.certificates;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A congress's certificates as a ZIP archive, one PDF per person, written while it streams out: one PDF is in
 * memory at a time. File names are ASCII (every archive tool reads them), made from the name and the start of the
 * registration id, so two « Camille Martin » never overwrite each other.
 */
@ApplicationScoped
public class CertificateFiles {

    @Inject
    CertificatePdf pdf;

    public void zip(Certificates.Bundle bundle, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        Set<String> names = new HashSet<>();
        OutputStream entry = new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
            }

            @Override
            public void close() {
                // PDFBox closes what it saved to: the archive must stay open for the next person
            }
        };
        for (Certificate c : bundle.certificates()) {
            String name = fileName(c, false);
            if (!names.add(name)) {
                name = fileName(c, true);
                names.add(name);
            }
            zip.putNextEntry(new ZipEntry(name));
            pdf.render(bundle.congress(), bundle.signatory(), c, entry);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** {@code attestation-martin-camille-1a2b3c4d.pdf}; the whole id when eight characters were not enough. */
    public static String fileName(Certificate c, boolean wholeId) {
        String id = c.registrationId().toString();
        String person = (slug(c.lastName()) + "-" + slug(c.firstName())).replaceAll("^-+|-+$", "");
        if (person.length() > 60) {
            person = person.substring(0, 60).replaceAll("-+$", "");
        }
        return "attestation-" + (person.isEmpty() ? "" : person + "-") + (wholeId ? id : id.substring(0, 8)) + ".pdf";
    }

    /** Lower-case ASCII words joined by hyphens: « Nguyễn-Exemple » → nguyen-exemple, « Łukasz » → lukasz. */
    public static String slug(String text) {
        if (text == null) {
            return "";
        }
        String t = text.toLowerCase().replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("æ", "ae")
                .replace("œ", "oe").replace("ß", "ss").replace("ı", "i");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return t.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
