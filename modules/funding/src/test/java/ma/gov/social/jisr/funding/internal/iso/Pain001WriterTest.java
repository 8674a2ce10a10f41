package ma.gov.social.jisr.funding.internal.iso;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.platform.api.value.Rib;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class Pain001WriterTest {
    private static final String NS = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
    private static final Debtor MINISTRY = new Debtor("Ministere de la Solidarite, de l'Insertion sociale et de la"
            + " Famille", new Rib("310810100001234567890175"), "BKAMMAMR");
    private static final LocalDateTime APPROVED = LocalDateTime.of(2026, 11, 24, 10, 15, 30, 123_000_000);
    private static final LocalDate VALUE_DATE = LocalDate.of(2026, 11, 26);
    private static final List<CreditTransfer> FIRST = List.of(
            transfer("JISR-R7-T101", "120000.10", "Association Nour", "011780000012345678901296"),
            transfer("JISR-R7-T102", "80000.05", "Association  Amal\nde Fes", "011519000001205000534921"),
            transfer("JISR-R7-T103", "0.15", "Association Safa", "011780000012345678901296"));
    private static final List<CreditTransfer> SECOND = List.of(transfer("JISR-R7-T201", "45000.00",
            "Jamiyat Al Khayr", "011519000001205000534921"));

    private static CreditTransfer transfer(String id, String amount, String name, String rib) {
        return new CreditTransfer(id, Dirhams.of(amount), name, new Rib(rib), "Convention tranche " + id);
    }

    /** The file of the two blocks above, as the job writes it: totals declared first, then the transfers. */
    private static byte[] written(String messageId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Pain001Writer file = new Pain001Writer(out, messageId, APPROVED, MINISTRY.name(), 4,
                Dirhams.of("245000.30"))) {
            file.startBlock("JISR-RUN-7-1", VALUE_DATE, MINISTRY, 3, Dirhams.of("200000.30"));
            FIRST.forEach(file::transfer);
            file.endBlock();
            file.startBlock("JISR-RUN-7-2", VALUE_DATE, MINISTRY, 1, Dirhams.of("45000.00"));
            SECOND.forEach(file::transfer);
            file.endBlock();
        }
        return out.toByteArray();
    }

    private static byte[] written() {
        return written("JISR-RUN-7");
    }

    @Test
    void theFileFollowsTheOfficialSchema() throws Exception {
        Pain001Files.validate(new ByteArrayInputStream(written()));
    }

    @Test
    void countsAndControlSumsAddUpToTheCentimeInTheHeaderAndInEachBlock() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(written()))
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
        List<String> lines = new java.util.ArrayList<>();
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
    void aRunApprovedOnTheMinuteKeepsItsSeconds() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Pain001Writer file = new Pain001Writer(out, "JISR-RUN-9", LocalDateTime.of(2026, 11, 24, 14, 54),
                MINISTRY.name(), 1, Dirhams.of("45000.00"))) {
            file.startBlock("JISR-RUN-9-1", VALUE_DATE, MINISTRY, 1, Dirhams.of("45000.00"));
            SECOND.forEach(file::transfer);
            file.endBlock();
        }
        assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8)
                .contains("<CreDtTm>2026-11-24T14:54:00</CreDtTm>"));
    }

    @Test
    void theSameContentGivesTheSameBytes() {
        assertArrayEquals(written(), written());
    }

    @Test
    void aFileThatBreaksTheSchemaIsRefusedByTheCheck() {
        byte[] tooLong = written("JISR-RUN-7-WITH-AN-IDENTITY-TOO-LONG-FOR-BANKS");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Pain001Files.validate(new ByteArrayInputStream(tooLong)), "MsgId is at most 35 characters");
        assertTrue(refused.getMessage().contains("MsgId") || refused.getMessage().contains("maxLength"),
                refused.getMessage());
    }

    @Test
    void transfersThatDoNotAddUpToTheDeclaredTotalsAreRefused() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pain001Writer file = new Pain001Writer(out, "JISR-RUN-8", APPROVED, MINISTRY.name(), 1, Dirhams.of("10.00"));
        file.startBlock("JISR-RUN-8-1", VALUE_DATE, MINISTRY, 1, Dirhams.of("10.00"));
        file.transfer(transfer("JISR-R8-T1", "10.01", "Association Nour", "011780000012345678901296"));
        IllegalStateException refused = assertThrows(IllegalStateException.class, file::endBlock);
        assertTrue(refused.getMessage().contains("10.01"), refused.getMessage());
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(NS, name).item(0).getTextContent();
    }
}
