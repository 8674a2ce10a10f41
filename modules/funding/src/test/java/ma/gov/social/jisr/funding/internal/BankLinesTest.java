package ma.gov.social.jisr.funding.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.gov.social.jisr.platform.api.imports.CsvImport.CsvLine;
import ma.gov.social.jisr.platform.api.imports.ImportProblem;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankLinesTest {
    @TempDir
    Path folder;

    private static CsvLine line(String id, String amount, String status) {
        Map<String, String> values = new HashMap<>();
        values.put("end_to_end_id", id);
        values.put("amount", amount);
        values.put("status", status);
        return new CsvLine(2, values);
    }

    @Test
    void theBanksWordsAndTheIsoCodesGiveTheSameOutcome() {
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        assertEquals("EXECUTED", BankLines.read(line("JISR-T1-1", "100.50", "book"), problems, seen).outcome());
        assertEquals("REJECTED", BankLines.read(line("JISR-T2-1", "100,50", "RJCT"), problems, seen).outcome());
        BankLine pending = BankLines.read(line("JISR-T3-1", "7", "PENDING"), problems, seen);
        assertEquals(Dirhams.of("7.00"), pending.amount());
        assertEquals("MAD", pending.currency(), "the bank's CSV is in dirhams unless it says otherwise");
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void aLineThatBreaksTheFormatIsAProblemButOneThatMatchesNothingIsKept() {
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        assertNull(BankLines.read(line("JISR-T1-1", "12.345", "EXECUTED"), problems, seen));
        assertNull(BankLines.read(line("JISR-T2-1", "10.00", "PAYE"), problems, seen));
        assertEquals(List.of("funding.bank.amountInvalid", "funding.bank.statusInvalid"),
                problems.stream().map(ImportProblem::messageKey).toList());
        problems.clear();
        BankLine noId = BankLines.read(line(null, null, "EXECUTED"), problems, seen);
        assertNull(noId.endToEndId());
        assertNull(noId.amount(), "kept without id nor amount: the reconciliation lists it");
        assertTrue(problems.isEmpty());
        BankLines.read(line("JISR-T5-1", "1.00", "EXECUTED"), problems, seen);
        BankLines.read(line("JISR-T5-1", "1.00", "EXECUTED"), problems, seen);
        assertEquals(List.of("import.duplicateInFile"), problems.stream().map(ImportProblem::messageKey).toList());
    }

    @Test
    void aCamtFileIsToldFromACsvFileByItsFirstSign() throws Exception {
        Path xml = folder.resolve("a");
        Files.write(xml, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n', ' ', '<', '?'});
        Path csv = folder.resolve("b");
        Files.writeString(csv, "end_to_end_id,amount,status\n");
        assertTrue(BankLines.isXml(xml));
        assertFalse(BankLines.isXml(csv));
    }

    @Test
    void aFileTheCamtSchemaRefusesIsOneProblem() throws Exception {
        Path broken = folder.resolve("broken.xml");
        Files.writeString(broken, "<?xml version=\"1.0\"?><Document xmlns=\"urn:other\"/>");
        List<ImportProblem> problems = new ArrayList<>();
        assertEquals(0, BankLines.camtLines(broken, problems, l -> { }));
        assertEquals("funding.bank.notCamt", problems.get(0).messageKey());
    }
}
