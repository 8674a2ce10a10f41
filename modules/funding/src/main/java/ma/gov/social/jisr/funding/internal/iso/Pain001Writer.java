package ma.gov.social.jisr.funding.internal.iso;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import ma.gov.social.jisr.funding.internal.iso.pain.BranchAndFinancialInstitutionIdentification4;
import ma.gov.social.jisr.funding.internal.iso.pain.CashAccount16;
import ma.gov.social.jisr.funding.internal.iso.pain.CreditTransferTransactionInformation10;
import ma.gov.social.jisr.funding.internal.iso.pain.FinancialInstitutionIdentification7;
import ma.gov.social.jisr.funding.internal.iso.pain.GroupHeader32;
import ma.gov.social.jisr.funding.internal.iso.pain.ObjectFactory;
import ma.gov.social.jisr.funding.internal.iso.pain.PartyIdentification32;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * Writes a credit-transfer initiation (ISO 20022 {@code pain.001.001.03}) in dirhams as a stream: the
 * envelope by hand, each part through the classes generated from the official schema, one transfer at a time,
 * so that a file of 200,000 transfers needs no more memory than a file of ten.
 * <p>
 * The group header and each block (payment information) state their number of transfers and their control
 * sum before the transfers: the caller declares them, and the writer refuses to finish a block or the file
 * whose transfers do not add up to what was declared. Nothing is read from the clock: the same declarations
 * and transfers give the same bytes. The caller writes to a temporary file and keeps it only once
 * {@link Pain001Files#validate} accepts it.
 */
public final class Pain001Writer implements AutoCloseable {
    static final String NS = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
    private static final JAXBContext CONTEXT;

    static {
        try {
            CONTEXT = JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final XMLStreamWriter xml;
    private final Marshaller marshaller;
    private final Tally file;
    private Tally block;

    /** Opens the file: its identity for the bank (at most 35 characters), creation time, and declared totals. */
    public Pain001Writer(OutputStream out, String messageId, LocalDateTime createdAt, String initiatingParty,
                         long transfers, Dirhams total) {
        file = new Tally(messageId, transfers, total);
        try {
            marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "Document");
            xml.writeDefaultNamespace(NS);
            xml.writeStartElement(NS, "CstmrCdtTrfInitn");
            part("GrpHdr", GroupHeader32.class, Pain001Parts.header(messageId, createdAt, initiatingParty, transfers,
                    total));
        } catch (JAXBException | XMLStreamException e) {
            throw new IllegalStateException("the credit-transfer file " + messageId + " could not be started", e);
        }
    }

    /** Starts a block of transfers debited together from the debtor's account on {@code valueDate}. */
    public void startBlock(String id, LocalDate valueDate, Debtor debtor, long transfers, Dirhams total) {
        if (block != null) {
            throw new IllegalStateException("block " + block.id + " is not finished");
        }
        block = new Tally(id, transfers, total);
        try {
            xml.writeStartElement(NS, "PmtInf");
            text("PmtInfId", id);
            text("PmtMtd", "TRF");
            text("NbOfTxs", Long.toString(transfers));
            text("CtrlSum", total.amount().toPlainString());
            text("ReqdExctnDt", valueDate.toString());
            part("Dbtr", PartyIdentification32.class, Pain001Parts.party(debtor.name()));
            part("DbtrAcct", CashAccount16.class, Pain001Parts.account(debtor.account()));
            FinancialInstitutionIdentification7 bank = new FinancialInstitutionIdentification7();
            bank.setBIC(debtor.bic());
            BranchAndFinancialInstitutionIdentification4 agent = new BranchAndFinancialInstitutionIdentification4();
            agent.setFinInstnId(bank);
            part("DbtrAgt", BranchAndFinancialInstitutionIdentification4.class, agent);
        } catch (JAXBException | XMLStreamException e) {
            throw new IllegalStateException("block " + id + " could not be started", e);
        }
    }

    public void transfer(CreditTransfer transfer) {
        if (block == null) {
            throw new IllegalStateException("a transfer outside a block");
        }
        block.add(transfer.amount());
        file.add(transfer.amount());
        try {
            part("CdtTrfTxInf", CreditTransferTransactionInformation10.class, Pain001Parts.transaction(transfer));
        } catch (JAXBException e) {
            throw new IllegalStateException("transfer " + transfer.endToEndId() + " could not be written", e);
        }
    }

    public void endBlock() {
        block.check();
        block = null;
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ends the file, once its transfers add up to what its header declared; the stream stays open. */
    @Override
    public void close() {
        if (block != null) {
            throw new IllegalStateException("block " + block.id + " is not finished");
        }
        file.check();
        try {
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> void part(String name, Class<T> type, T value) throws JAXBException {
        marshaller.marshal(new JAXBElement<>(new QName(NS, name), type, value), xml);
    }

    private void text(String name, String value) throws XMLStreamException {
        xml.writeStartElement(NS, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** What a file or a block declared, against what was written into it. */
    private static final class Tally {
        private final String id;
        private final long declaredCount;
        private final Dirhams declaredTotal;
        private long count;
        private Dirhams total = Dirhams.ZERO;

        Tally(String id, long declaredCount, Dirhams declaredTotal) {
            this.id = id;
            this.declaredCount = declaredCount;
            this.declaredTotal = declaredTotal;
        }

        void add(Dirhams amount) {
            count++;
            total = total.plus(amount);
        }

        void check() {
            if (count != declaredCount || !total.equals(declaredTotal)) {
                throw new IllegalStateException(id + " declared " + declaredCount + " transfers for " + declaredTotal
                        + " but holds " + count + " for " + total);
            }
        }
    }
}
