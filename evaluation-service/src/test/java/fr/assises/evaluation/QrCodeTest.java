package fr.assises.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import fr.assises.common.test.TestTokens;
import fr.assises.evaluation.support.Questionnaires;
import fr.assises.evaluation.support.Respondent;
import fr.assises.evaluation.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;

/** The QR codes of a personal link decode back to that link (PNG as served, SVG once rasterised). */
@QuarkusTest
class QrCodeTest {

    @Test
    void pngAndSvgQrCodesDecodeToThePersonalLink() throws Exception {
        TestCongress congress = new TestCongress().create();
        Questionnaires.published(TestTokens.organiser(), congress.id);
        Respondent r = new Respondent(congress, "ELU");
        var mine = given().auth().oauth2(r.jwt).when().get("/api/evaluation/congresses/{id}/my-survey", congress.id)
                .then().statusCode(200).extract();
        String link = mine.path("link");
        String token = mine.path("token");

        byte[] png = given().when().get(mine.<String>path("qrPng"))
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(decode(ImageIO.read(new ByteArrayInputStream(png)))).isEqualTo(link);

        String svg = given().when().get("/api/evaluation/survey/{token}/qr.svg", token)
                .then().statusCode(200).contentType("image/svg+xml").extract().asString();
        assertThat(decode(rasterise(svg))).isEqualTo(link);
    }

    /**
     * The images are generated, not photographed: ZXing's PURE_BARCODE mode reads the modules directly. Its
     * camera-oriented finder-pattern search misses on a few perfectly clean images (3 of 400 random survey
     * links when measured, none with PURE_BARCODE), which made this test flaky without saying anything about
     * the code. The decoded text is still checked in full, so a wrong or damaged code fails.
     */
    private static String decode(BufferedImage image) throws Exception {
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE,
                        DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
    }

    /** Draws the SVG's unit squares at 8 pixels per module. */
    private static BufferedImage rasterise(String svg) {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int scale = 8;
        int w = Integer.parseInt(box.group(1));
        int h = Integer.parseInt(box.group(2));
        BufferedImage image = new BufferedImage(w * scale, h * scale, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w * scale, h * scale);
        g.setColor(java.awt.Color.BLACK);
        Matcher square = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (square.find()) {
            g.fillRect(Integer.parseInt(square.group(1)) * scale, Integer.parseInt(square.group(2)) * scale, scale,
                    scale);
        }
        g.dispose();
        return image;
    }
}
