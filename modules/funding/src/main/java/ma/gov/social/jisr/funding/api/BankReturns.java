package ma.gov.social.jisr.funding.api;

import java.util.List;
import java.util.Map;

/** What an imported bank return did, for the finance officers (national) who reconcile it. */
public interface BankReturns {
    /** Lines of the import by what they matched and said ("MATCHED EXECUTED", "UNKNOWN REJECTED"...). */
    Map<String, Long> counts(String importId);

    /** The lines after {@code afterLine} (keyset), only those that matched nothing when {@code unmatchedOnly}. */
    List<BankReturnLine> lines(String importId, boolean unmatchedOnly, long afterLine, int limit);
}
