package ma.gov.social.jisr.funding.internal.iso;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import ma.gov.social.jisr.funding.internal.iso.CreditTransferFile.Block;
import ma.gov.social.jisr.funding.internal.iso.CreditTransferFile.Debtor;
import ma.gov.social.jisr.funding.internal.iso.CreditTransferFile.Transfer;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.platform.api.value.Rib;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class Pain001WriterTest {
    private static final String NS = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
    private static final Debtor MINISTRY = new Debtor("Ministere de la Solidarite, de l'Insertion sociale et de la"
            + " Famille", new Rib("310810100001234567890175"), "BKAMMAMR");

    private static CreditTransferFile file() {
        List<Transfer> first = List.of(
                transfer("JISR-R7-T101", "120000.10", "Association Nour", "011780000012345678901296"),
                transfer("JISR-R7-T102", "80000.05", "Association Amal de Fes", "011519000001205000534921"),
                transfer("JISR-R7-T103", "0.15", "Association Safa", "011780000012345678901296"));
        List<Transfer> second = List.of(transfer("JISR-R7-T201", "45000.00", "Jamiyat Al Khayr",
                "011519000001205000534921"));
        return new CreditTransferFile("JISR-RUN-7", LocalDateTime.of(2026, 11, 24, 10, 15, 30, 123_000_000),
                LocalDate.of(2026, 11, 26), MINISTRY, List.of(new Block("JISR-RUN-7-1", first),
                new Block("JISR-RUN-7-2", second)));
    }

    private static Transfer transfer(String id, String amount, String name, String rib) {
        return new Transfer(id, Dirhams.of(amount), name, new Rib(rib), "Convention tranche " + id);
    }

    private static byte[] written(CreditTransferFile file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pain001Writer.write(file, out);
        return out.toByteArray();
    }

    @Test
    void theFileFollowsTheOfficialSchema() throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Pain001Writer.class.getResource(Pain001Writer.SCHEMA)).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(written(file()))));
    }

    @Test
    void countsAndControlSumsAddUpToTheCentimeInTheHeaderAndInEachBlock() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(written(file())))
                .getDocumentElement();
        Element header = (Element) root.getElementsByTagNameNS(NS, "GrpHdr").item(0);
        assertEquals("4", text(header, "NbOfTxs"));
        assertEquals("245000.30", text(header, "CtrlSum"));
        assertEquals("2026-11-24T10:15:30", text(header, "CreDtTm"), "to the second, from the run, not the clock");
        NodeList blocks = root.getElementsByTagNameNS(NS, "PmtInf");
        assertEquals(2, blocks.getLength());
        Element first = (Element) blocks.item(0);
        assertEquals("3", text(first, "NbOfTxs"));
        assertEquals("200000.30", text(first, "CtrlSum"));
        assertEquals("2026-11-26", text(first, "ReqdExctnDt"));
        assertEquals("1", text((Element) blocks.item(1), "NbOfTxs"));
        List<String> lines = new ArrayList<>();
        NodeList transfers = root.getElementsByTagNameNS(NS, "CdtTrfTxInf");
        for (int i = 0; i < transfers.getLength(); i++) {
            Element t = (Element) transfers.item(i);
            Element amount = (Element) t.getElementsByTagNameNS(NS, "InstdAmt").item(0);
            lines.add(text(t, "EndToEndId") + " " + amount.getTextContent() + " " + amount.getAttribute("Ccy") + " "
                    + text((Element) t.getElementsByTagNameNS(NS, "CdtrAcct").item(0), "IBAN"));
        }
        assertEquals(List.of("JISR-R7-T101 120000.10 MAD MA64011780000012345678901296",
                "JISR-R7-T102 80000.05 MAD MA64011519000001205000534921",
                "JISR-R7-T103 0.15 MAD MA64011780000012345678901296",
                "JISR-R7-T201 45000.00 MAD MA64011519000001205000534921"), lines);
    }

    @Test
    void theSameContentGivesTheSameBytes() {
        assertArrayEquals(written(file()), written(file()));
    }

    @Test
    void aFileThatBreaksTheSchemaIsRefused() {
        CreditTransferFile file = file();
        CreditTransferFile tooLong = new CreditTransferFile("JISR-RUN-7-WITH-AN-IDENTITY-TOO-LONG-FOR-BANKS",
                file.createdAt(), file.valueDate(), file.debtor(), file.blocks());
        assertThrows(IllegalArgumentException.class, () -> written(tooLong), "MsgId is at most 35 characters");
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(NS, name).item(0).getTextContent();
    }
}
