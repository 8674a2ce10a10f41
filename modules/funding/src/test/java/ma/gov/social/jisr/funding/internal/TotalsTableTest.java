package ma.gov.social.jisr.funding.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ma.gov.social.jisr.funding.api.FundingTotals.By;
import ma.gov.social.jisr.funding.api.FundingTotals.Format;
import ma.gov.social.jisr.funding.api.TotalRow;
import ma.gov.social.jisr.platform.api.territory.Region;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TotalsTableTest {
    /** Knows one region, Rabat-Salé-Kénitra; any other code is unknown. */
    private static final TerritoryService PLACES = (TerritoryService) Proxy.newProxyInstance(
            TerritoryService.class.getClassLoader(), new Class<?>[] {TerritoryService.class},
            (proxy, method, args) -> "region".equals(method.getName()) && "MA-04".equals(args[0])
                    ? Optional.of(new Region("MA-04", "جهة الرباط سلا القنيطرة", "Rabat-Salé-Kénitra"))
                    : Optional.empty());

    private static List<TotalRow> rows() {
        List<TotalRow> rows = new ArrayList<>(List.of(
                new TotalRow("MA-04", 3, 1, Dirhams.of("450000.10"), Dirhams.of("200000.05"), Dirhams.of("120000.03")),
                new TotalRow("MA-99", 2, 2, Dirhams.of("0.20"), Dirhams.of("0.20"), Dirhams.of("0.00"))));
        rows.add(TotalRow.sum(rows));
        return rows;
    }

    @Test
    void theTotalAddsUpToTheCentime() {
        TotalRow total = rows().get(2);
        assertEquals(new TotalRow(null, 5, 3, Dirhams.of("450000.30"), Dirhams.of("200000.25"),
                Dirhams.of("120000.03")), total);
    }

    @Test
    void theSpreadsheetNamesTheGroupsInTheLanguageAndKeepsAmountsAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TotalsTable(Locale.FRENCH, PLACES, List.of(), By.REGION).write(Format.XLSX, null, rows(), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("Région", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Rabat-Salé-Kénitra", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("MA-99", sheet.getRow(2).getCell(0).getStringCellValue(), "an unknown code stays as it is");
            XSSFRow total = sheet.getRow(3);
            assertEquals("Total", total.getCell(0).getStringCellValue());
            assertEquals(0, new BigDecimal(total.getCell(3).getRawValue()).compareTo(new BigDecimal("450000.30")),
                    total.getCell(3).getRawValue());
        }
    }
}
