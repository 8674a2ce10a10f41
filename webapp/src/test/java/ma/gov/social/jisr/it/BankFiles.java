package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

/** A bank's return as the bank sends it (camt.054.001.02), and its import on the platform's screen. */
final class BankFiles {
    private BankFiles() {
    }

    /** A booked debit of {@code amount} for {@code endToEndId}; a reversal when {@code reversed}. */
    static String entry(String amount, boolean reversed, String endToEndId, String returnInfo) {
        return "<Ntry><Amt Ccy=\"MAD\">" + amount + "</Amt><CdtDbtInd>DBIT</CdtDbtInd>"
                + (reversed ? "<RvslInd>true</RvslInd>" : "") + "<Sts>BOOK</Sts><BookgDt><Dt>2026-11-26</Dt></BookgDt>"
                + "<AcctSvcrRef>BAM-" + endToEndId + "</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>ICDT</Cd>"
                + "<SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd><NtryDtls><TxDtls><Refs><EndToEndId>"
                + endToEndId + "</EndToEndId></Refs><AmtDtls><TxAmt><Amt Ccy=\"MAD\">" + amount + "</Amt></TxAmt>"
                + "</AmtDtls>" + returnInfo + "</TxDtls></NtryDtls></Ntry>";
    }

    static String camt054(String entries) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.02\"><BkToCstmrDbtCdtNtfctn>"
                + "<GrpHdr><MsgId>BAM-RET-IT</MsgId><CreDtTm>2026-11-27T08:00:00</CreDtTm></GrpHdr>"
                + "<Ntfctn><Id>N1</Id><CreDtTm>2026-11-27T08:00:00</CreDtTm>"
                + "<Acct><Id><IBAN>MA64310810100001234567890175</IBAN></Id></Acct>" + entries
                + "</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>";
    }

    /** Imports the return on the platform's import screen; answers the import's final state. */
    static String imported(FacesClient client, String fileName, String content) throws Exception {
        String path = "platform/imports/import.xhtml?module=funding-bank";
        String page = client.get(path).body();
        assertTrue(page.contains("camt.054"), "the screen says what it takes: " + page);
        String started = client.upload(path, page, "upload", "file", fileName,
                content.getBytes(StandardCharsets.UTF_8), "start").body();
        assertTrue(started.contains("id=\"follow\""), "the import started: " + started);
        return ImportFixtures.awaitEnd(fileName);
    }
}
