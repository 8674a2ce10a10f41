package ma.gov.social.jisr.funding.internal.iso;

import java.time.LocalDateTime;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import ma.gov.social.jisr.funding.internal.iso.pain.AccountIdentification4Choice;
import ma.gov.social.jisr.funding.internal.iso.pain.ActiveOrHistoricCurrencyAndAmount;
import ma.gov.social.jisr.funding.internal.iso.pain.AmountType3Choice;
import ma.gov.social.jisr.funding.internal.iso.pain.CashAccount16;
import ma.gov.social.jisr.funding.internal.iso.pain.CreditTransferTransactionInformation10;
import ma.gov.social.jisr.funding.internal.iso.pain.GroupHeader32;
import ma.gov.social.jisr.funding.internal.iso.pain.PartyIdentification32;
import ma.gov.social.jisr.funding.internal.iso.pain.PaymentIdentification1;
import ma.gov.social.jisr.funding.internal.iso.pain.RemittanceInformation5;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.platform.api.value.Rib;

/** The parts of a pain.001 file, as the classes generated from the schema hold them. */
final class Pain001Parts {
    private static final String CURRENCY = "MAD";
    /** What banks' formats keep of a party's name; the schema allows 140. */
    private static final int NAME_LENGTH = 70;
    private static final int REMITTANCE_LENGTH = 140;

    private Pain001Parts() {
    }

    static GroupHeader32 header(String messageId, LocalDateTime createdAt, String initiatingParty, long transfers,
                                Dirhams total) {
        GroupHeader32 header = new GroupHeader32();
        header.setMsgId(messageId);
        // always with its seconds: LocalDateTime.toString() drops ":00", which xs:dateTime refuses (1 run in 60)
        header.setCreDtTm(calendar(createdAt.format(java.time.format.DateTimeFormatter.ofPattern(
                "yyyy-MM-dd'T'HH:mm:ss"))));
        header.setNbOfTxs(Long.toString(transfers));
        header.setCtrlSum(total.amount());
        header.setInitgPty(party(initiatingParty));
        return header;
    }

    static CreditTransferTransactionInformation10 transaction(CreditTransfer t) {
        CreditTransferTransactionInformation10 tx = new CreditTransferTransactionInformation10();
        PaymentIdentification1 id = new PaymentIdentification1();
        id.setEndToEndId(t.endToEndId());
        tx.setPmtId(id);
        ActiveOrHistoricCurrencyAndAmount amount = new ActiveOrHistoricCurrencyAndAmount();
        amount.setCcy(CURRENCY);
        amount.setValue(t.amount().amount());
        AmountType3Choice instructed = new AmountType3Choice();
        instructed.setInstdAmt(amount);
        tx.setAmt(instructed);
        tx.setCdtr(party(t.creditorName()));
        tx.setCdtrAcct(account(t.creditorAccount()));
        if (t.remittance() != null && !t.remittance().isBlank()) {
            RemittanceInformation5 remittance = new RemittanceInformation5();
            remittance.getUstrd().add(cut(t.remittance(), REMITTANCE_LENGTH));
            tx.setRmtInf(remittance);
        }
        return tx;
    }

    static PartyIdentification32 party(String name) {
        PartyIdentification32 party = new PartyIdentification32();
        party.setNm(cut(name, NAME_LENGTH));
        return party;
    }

    static CashAccount16 account(Rib rib) {
        AccountIdentification4Choice id = new AccountIdentification4Choice();
        id.setIBAN(rib.iban());
        CashAccount16 account = new CashAccount16();
        account.setId(id);
        return account;
    }

    /** One line, at most {@code length} characters: names typed with line breaks or double spaces included. */
    static String cut(String text, int length) {
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
