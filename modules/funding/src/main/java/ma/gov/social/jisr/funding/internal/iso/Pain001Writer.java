package ma.gov.social.jisr.funding.internal.iso;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import ma.gov.social.jisr.funding.internal.iso.CreditTransferFile.Block;
import ma.gov.social.jisr.funding.internal.iso.CreditTransferFile.Transfer;
import ma.gov.social.jisr.funding.internal.iso.pain.AccountIdentification4Choice;
import ma.gov.social.jisr.funding.internal.iso.pain.ActiveOrHistoricCurrencyAndAmount;
import ma.gov.social.jisr.funding.internal.iso.pain.AmountType3Choice;
import ma.gov.social.jisr.funding.internal.iso.pain.BranchAndFinancialInstitutionIdentification4;
import ma.gov.social.jisr.funding.internal.iso.pain.CashAccount16;
import ma.gov.social.jisr.funding.internal.iso.pain.CreditTransferTransactionInformation10;
import ma.gov.social.jisr.funding.internal.iso.pain.CustomerCreditTransferInitiationV03;
import ma.gov.social.jisr.funding.internal.iso.pain.Document;
import ma.gov.social.jisr.funding.internal.iso.pain.FinancialInstitutionIdentification7;
import ma.gov.social.jisr.funding.internal.iso.pain.GroupHeader32;
import ma.gov.social.jisr.funding.internal.iso.pain.ObjectFactory;
import ma.gov.social.jisr.funding.internal.iso.pain.PartyIdentification32;
import ma.gov.social.jisr.funding.internal.iso.pain.PaymentIdentification1;
import ma.gov.social.jisr.funding.internal.iso.pain.PaymentInstructionInformation3;
import ma.gov.social.jisr.funding.internal.iso.pain.PaymentMethod3Code;
import ma.gov.social.jisr.funding.internal.iso.pain.RemittanceInformation5;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.platform.api.value.Rib;

/**
 * Writes a credit-transfer initiation (ISO 20022 {@code pain.001.001.03}) in dirhams, checked against the
 * official schema as it is written: a file that breaks the schema ends in an exception, so the caller writes
 * to a temporary file and keeps it only when this returns. The counts and control sums of the group header
 * and of each block are computed here, from the transfers themselves.
 */
public final class Pain001Writer {
    static final String SCHEMA = "/ma/gov/social/jisr/funding/iso20022/pain.001.001.03.xsd";
    private static final String CURRENCY = "MAD";
    private static final int NAME_LENGTH = 70; // what banks' formats keep of a party's name
    private static final JAXBContext CONTEXT;
    private static final Schema CHECKED;

    static {
        try {
            CONTEXT = JAXBContext.newInstance(Document.class);
            URL schema = Pain001Writer.class.getResource(SCHEMA);
            CHECKED = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schema);
        } catch (JAXBException | org.xml.sax.SAXException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Pain001Writer() {
    }

    public static void write(CreditTransferFile file, OutputStream out) {
        ObjectFactory make = new ObjectFactory();
        CustomerCreditTransferInitiationV03 initiation = new CustomerCreditTransferInitiationV03();
        GroupHeader32 header = new GroupHeader32();
        header.setMsgId(file.messageId());
        header.setCreDtTm(calendar(file.createdAt().withNano(0).toString()));
        List<Transfer> all = file.blocks().stream().flatMap(b -> b.transfers().stream()).toList();
        header.setNbOfTxs(Integer.toString(all.size()));
        header.setCtrlSum(sum(all));
        header.setInitgPty(party(file.debtor().name()));
        initiation.setGrpHdr(header);
        for (Block block : file.blocks()) {
            initiation.getPmtInf().add(block(file, block));
        }
        Document document = new Document();
        document.setCstmrCdtTrfInitn(initiation);
        try {
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            marshaller.setSchema(CHECKED);
            marshaller.marshal(make.createDocument(document), out);
        } catch (JAXBException e) {
            throw new IllegalArgumentException("the credit-transfer file " + file.messageId()
                    + " does not follow pain.001.001.03: " + e, e);
        }
    }

    private static PaymentInstructionInformation3 block(CreditTransferFile file, Block block) {
        PaymentInstructionInformation3 info = new PaymentInstructionInformation3();
        info.setPmtInfId(block.id());
        info.setPmtMtd(PaymentMethod3Code.TRF);
        info.setNbOfTxs(Integer.toString(block.transfers().size()));
        info.setCtrlSum(sum(block.transfers()));
        info.setReqdExctnDt(calendar(file.valueDate().toString()));
        info.setDbtr(party(file.debtor().name()));
        info.setDbtrAcct(account(file.debtor().account()));
        FinancialInstitutionIdentification7 bank = new FinancialInstitutionIdentification7();
        bank.setBIC(file.debtor().bic());
        BranchAndFinancialInstitutionIdentification4 agent = new BranchAndFinancialInstitutionIdentification4();
        agent.setFinInstnId(bank);
        info.setDbtrAgt(agent);
        for (Transfer t : block.transfers()) {
            CreditTransferTransactionInformation10 tx = new CreditTransferTransactionInformation10();
            PaymentIdentification1 id = new PaymentIdentification1();
            id.setEndToEndId(t.endToEndId());
            tx.setPmtId(id);
            ActiveOrHistoricCurrencyAndAmount amount = new ActiveOrHistoricCurrencyAndAmount();
            amount.setCcy(CURRENCY);
            amount.setValue(t.amount().amount());
            AmountType3Choice amt = new AmountType3Choice();
            amt.setInstdAmt(amount);
            tx.setAmt(amt);
            tx.setCdtr(party(t.creditorName()));
            tx.setCdtrAcct(account(t.creditorAccount()));
            if (t.remittance() != null && !t.remittance().isBlank()) {
                RemittanceInformation5 remittance = new RemittanceInformation5();
                remittance.getUstrd().add(cut(t.remittance(), 140));
                tx.setRmtInf(remittance);
            }
            info.getCdtTrfTxInf().add(tx);
        }
        return info;
    }

    private static BigDecimal sum(List<Transfer> transfers) {
        return transfers.stream().map(Transfer::amount).reduce(Dirhams.ZERO, Dirhams::plus).amount();
    }

    private static PartyIdentification32 party(String name) {
        PartyIdentification32 party = new PartyIdentification32();
        party.setNm(cut(name, NAME_LENGTH));
        return party;
    }

    private static CashAccount16 account(Rib rib) {
        AccountIdentification4Choice id = new AccountIdentification4Choice();
        id.setIBAN(rib.iban());
        CashAccount16 account = new CashAccount16();
        account.setId(id);
        return account;
    }

    private static String cut(String text, int length) {
        String one = text.strip().replaceAll("\\s+", " ");
        return one.length() <= length ? one : one.substring(0, length);
    }

    private static XMLGregorianCalendar calendar(String lexical) {
        try {
            return DatatypeFactory.newInstance().newXMLGregorianCalendar(lexical);
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
