package ma.gov.social.jisr.platform.api.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentCheckTest {
    @Test
    void aPdfIsRecognisedByItsContent() {
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertEquals("application/pdf", ContentCheck.acceptedType(pdf).orElseThrow());
    }

    @Test
    void aScriptNamedLikeACertificateIsRefused() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
        assertTrue(ContentCheck.acceptedType(html).isEmpty());
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertTrue(ContentCheck.acceptedType(exe).isEmpty());
    }

    @Test
    void aDownloadNameKeepsNoPathAndTakesTheExtensionOfItsContent() {
        assertEquals("certificat_medical.pdf", ContentCheck.safeName("C:\\x\\certificat médical.exe", "application/pdf")
                .replace("é", "e"));
        assertEquals("document.png", ContentCheck.safeName("../../", "image/png"));
    }
}
