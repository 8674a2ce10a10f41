package ma.gov.social.jisr.funding.api;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/** Totals of the funding, within the caller's territory, for one call or all ({@code callId} null). */
public interface FundingTotals {
    enum By { CALL, DOMAIN, REGION, PROVINCE }

    /** The paper forms of the same figures. */
    enum Format { XLSX, PDF }

    List<TotalRow> totals(Long callId, By by);

    /** The figures and their total, labelled in {@code locale}, as a spreadsheet or a PDF; the export is audited. */
    void export(Long callId, By by, Format format, Locale locale, OutputStream out);
}
