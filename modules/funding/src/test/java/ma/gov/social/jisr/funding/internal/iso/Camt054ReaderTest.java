package ma.gov.social.jisr.funding.internal.iso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ma.gov.social.jisr.funding.internal.iso.BankReturn.Outcome;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Camt054ReaderTest {
    private static final String CODE = "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>ICDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly>"
            + "</Domn></BkTxCd>";

    @TempDir
    Path folder;

    private static String entry(String amount, String status, boolean reversal, String transaction) {
        return "<Ntry><Amt Ccy=\"MAD\">" + amount + "</Amt><CdtDbtInd>DBIT</CdtDbtInd>"
                + (reversal ? "<RvslInd>true</RvslInd>" : "") + "<Sts>" + status + "</Sts>"
                + "<BookgDt><Dt>2026-11-26</Dt></BookgDt><AcctSvcrRef>BAM-" + amount + "</AcctSvcrRef>" + CODE
                + "<NtryDtls><TxDtls>" + transaction + "</TxDtls></NtryDtls></Ntry>";
    }

    private static String refs(String endToEndId, String amount) {
        return "<Refs><EndToEndId>" + endToEndId + "</EndToEndId></Refs><AmtDtls><TxAmt><Amt Ccy=\"MAD\">" + amount
                + "</Amt></TxAmt></AmtDtls>";
    }

    private Path file(String entries) throws Exception {
        Path file = folder.resolve("retour.xml");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.02\"><BkToCstmrDbtCdtNtfctn>"
                + "<GrpHdr><MsgId>BAM-RET-1</MsgId><CreDtTm>2026-11-27T08:00:00</CreDtTm></GrpHdr>"
                + "<Ntfctn><Id>N1</Id><CreDtTm>2026-11-27T08:00:00</CreDtTm>"
                + "<Acct><Id><IBAN>MA64310810100001234567890175</IBAN></Id></Acct>" + entries
                + "</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>");
        return file;
    }

    @Test
    void anExecutionARejectionWithItsReasonAnUnknownIdAndAPendingEntry() throws Exception {
        List<BankReturn> lines = Camt054Reader.read(file(
                entry("120000.10", "BOOK", false, refs("JISR-T101-1", "120000.10"))
                + entry("80000.05", "BOOK", true, refs("JISR-T102-1", "80000.05")
                        + "<RtrInf><Rsn><Cd>AC04</Cd></Rsn><AddtlInf>Compte clos</AddtlInf></RtrInf>")
                + entry("999.99", "BOOK", false, refs("NOT-OURS-7", "999.99"))
                + entry("45000.00", "PDNG", false, refs("JISR-T201-1", "45000.00"))));

        assertEquals(List.of(
                new BankReturn("JISR-T101-1", Dirhams.of("120000.10"), "MAD", Outcome.EXECUTED, null, null,
                        "BAM-120000.10"),
                new BankReturn("JISR-T102-1", Dirhams.of("80000.05"), "MAD", Outcome.REJECTED, "AC04", "Compte clos",
                        "BAM-80000.05"),
                new BankReturn("NOT-OURS-7", Dirhams.of("999.99"), "MAD", Outcome.EXECUTED, null, null, "BAM-999.99"),
                new BankReturn("JISR-T201-1", Dirhams.of("45000.00"), "MAD", Outcome.PENDING, null, null,
                        "BAM-45000.00")), lines);
    }

    @Test
    void anAmountFinerThanACentimeIsLeftForTheReconciliationToList() throws Exception {
        List<BankReturn> lines = Camt054Reader.read(file(entry("10.005", "BOOK", false, refs("JISR-T9-1", "10.005"))));
        assertEquals(null, lines.get(0).amount());
        assertEquals("JISR-T9-1", lines.get(0).endToEndId());
    }

    @Test
    void aFileThatBreaksTheSchemaIsRefusedWithItsReason() throws Exception {
        Path broken = file(entry("10.00", "BOOK", false, refs("JISR-T9-1", "10.00")).replace(CODE, ""));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Camt054Reader.read(broken));
        assertEquals(true, refused.getMessage().contains("BkTxCd"), refused.getMessage());
    }
}
