package fr.assises.registration.mail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import fr.assises.registration.programme.Congress;
import fr.assises.registration.registering.Registration;
import io.quarkus.qute.Engine;

/**
 * The survey's invitation and reminder, in the person's language: their own link as text, and as a QR code
 * (ZXing, as on the badges) shown inline in the HTML part.
 */
@ApplicationScoped
public class SurveyMailRendering {

    private static final int QR_SIZE = 240;

    @Inject
    Engine engine;

    public OutgoingMail render(MailRequest request, Registration r, Congress congress) {
        boolean en = "en".equals(r.language);
        boolean reminder = request.kind() == MailKind.SURVEY_REMINDER;
        String congressTitle = congress == null || congress.title == null ? "" : congress.title;
        String subject = en
                ? (reminder ? "Reminder: give us your feedback on " : "Give us your feedback on ") + congressTitle
                : (reminder ? "Rappel\u00a0: donnez votre avis sur " : "Donnez votre avis sur ") + congressTitle;
        Map<String, Object> data = Map.of("reminder", reminder, "name", r.displayName().trim(),
                "congress", congressTitle, "title", request.subject() == null ? "" : request.subject(),
                "link", request.link(), "qr", "cid:" + MailRelay.QR_CONTENT_ID);
        String lang = en ? "en" : "fr";
        String text = engine.getTemplate("mail/survey_" + lang + ".txt").data(data).render();
        String html = engine.getTemplate("mail/survey_" + lang + ".html").data(data).render();
        return new OutgoingMail(request.id(), r.id, request.kind(), r.email, subject.strip(), text, null, html,
                qr(request.link()));
    }

    static byte[] qr(String link) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, QR_SIZE, QR_SIZE,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            BufferedImage image = MatrixToImageWriter.toBufferedImage(matrix);
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                ImageIO.write(image, "png", out);
                return out.toByteArray();
            }
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
