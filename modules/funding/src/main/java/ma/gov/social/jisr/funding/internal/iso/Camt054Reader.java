package ma.gov.social.jisr.funding.internal.iso;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import ma.gov.social.jisr.funding.internal.iso.BankReturn.Outcome;
import ma.gov.social.jisr.funding.internal.iso.camt.ActiveOrHistoricCurrencyAndAmount;
import ma.gov.social.jisr.funding.internal.iso.camt.AmountAndCurrencyExchange3;
import ma.gov.social.jisr.funding.internal.iso.camt.EntryDetails1;
import ma.gov.social.jisr.funding.internal.iso.camt.EntryStatus2Code;
import ma.gov.social.jisr.funding.internal.iso.camt.EntryTransaction2;
import ma.gov.social.jisr.funding.internal.iso.camt.ObjectFactory;
import ma.gov.social.jisr.funding.internal.iso.camt.ReportEntry2;
import ma.gov.social.jisr.funding.internal.iso.camt.ReturnReasonInformation10;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * Reads a bank's debit notification (ISO 20022 {@code camt.054.001.02}) into {@link BankReturn} lines: first
 * checked against the official schema, then entry by entry ({@code Ntry}), so that a large return takes no more
 * memory than a small one. A booked debit is an execution; a reversal, or a transaction with return
 * information, is a rejection with the bank's reason; a pending entry concludes nothing.
 */
public final class Camt054Reader {
    static final String SCHEMA = "/ma/gov/social/jisr/funding/iso20022/camt.054.001.02.xsd";
    private static final String NS = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.02";
    private static final JAXBContext CONTEXT;
    private static final Schema OFFICIAL = OfficialSchemas.load(SCHEMA);

    static {
        try {
            CONTEXT = JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Camt054Reader() {
    }

    /** Every line of the return, in the file's order; refuses, with the schema's reason, a file that breaks it. */
    public static List<BankReturn> read(Path file) throws IOException {
        List<BankReturn> lines = new ArrayList<>();
        read(file, lines::add);
        return lines;
    }

    /** As above, a line at a time: the file is read twice as a stream (the schema's check, then the entries). */
    public static void read(Path file, Consumer<BankReturn> lines) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            OfficialSchemas.validate(OFFICIAL, "camt.054.001.02", in);
        }
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false); // no entities from outside: a return is data
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            Unmarshaller unmarshaller = CONTEXT.createUnmarshaller();
            while (xml.hasNext()) {
                if (xml.isStartElement() && "Ntry".equals(xml.getLocalName()) && NS.equals(xml.getNamespaceURI())) {
                    // the unmarshaller leaves the reader on what follows the entry, perhaps the next entry
                    entry(unmarshaller.unmarshal(xml, ReportEntry2.class).getValue(), lines);
                } else {
                    xml.next();
                }
            }
        } catch (XMLStreamException | JAXBException e) {
            throw new IllegalArgumentException("the camt.054 file could not be read: " + e.getMessage(), e);
        }
    }

    private static void entry(ReportEntry2 entry, Consumer<BankReturn> lines) {
        Outcome outcome = entry.getSts() != EntryStatus2Code.BOOK ? Outcome.PENDING
                : Boolean.TRUE.equals(entry.isRvslInd()) ? Outcome.REJECTED : Outcome.EXECUTED;
        List<EntryTransaction2> transactions = entry.getNtryDtls().stream().map(EntryDetails1::getTxDtls)
                .flatMap(List::stream).toList();
        if (transactions.isEmpty()) {
            lines.accept(new BankReturn(null, amount(entry.getAmt()), currency(entry.getAmt()), outcome, null,
                    entry.getAddtlNtryInf(), entry.getAcctSvcrRef()));
            return;
        }
        for (EntryTransaction2 tx : transactions) {
            ActiveOrHistoricCurrencyAndAmount amt = transactions.size() == 1 && amountOf(tx.getAmtDtls()) == null
                    ? entry.getAmt() : amountOf(tx.getAmtDtls());
            ReturnReasonInformation10 returned = tx.getRtrInf();
            Outcome own = returned != null && outcome != Outcome.PENDING ? Outcome.REJECTED : outcome;
            String code = returned == null || returned.getRsn() == null ? null
                    : returned.getRsn().getCd() != null ? returned.getRsn().getCd() : returned.getRsn().getPrtry();
            String reason = returned == null ? tx.getAddtlTxInf() : String.join(" ", returned.getAddtlInf());
            lines.accept(new BankReturn(tx.getRefs() == null ? null : tx.getRefs().getEndToEndId(), amount(amt),
                    currency(amt), own, code, reason == null || reason.isBlank() ? null : reason,
                    entry.getAcctSvcrRef()));
        }
    }

    private static ActiveOrHistoricCurrencyAndAmount amountOf(AmountAndCurrencyExchange3 details) {
        if (details == null) {
            return null;
        }
        if (details.getTxAmt() != null) {
            return details.getTxAmt().getAmt();
        }
        return details.getInstdAmt() == null ? null : details.getInstdAmt().getAmt();
    }

    /** The amount when it is exact to the centime; null otherwise, for the reconciliation to list. */
    private static Dirhams amount(ActiveOrHistoricCurrencyAndAmount amt) {
        if (amt == null || amt.getValue() == null) {
            return null;
        }
        BigDecimal value = amt.getValue();
        return value.stripTrailingZeros().scale() > 2 ? null : new Dirhams(value);
    }

    private static String currency(ActiveOrHistoricCurrencyAndAmount amt) {
        return amt == null ? null : amt.getCcy();
    }
}
