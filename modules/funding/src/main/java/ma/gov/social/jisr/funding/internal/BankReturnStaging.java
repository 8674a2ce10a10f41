package ma.gov.social.jisr.funding.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import ma.gov.social.jisr.platform.api.imports.ImportStaging;

/**
 * The funding module's side of the platform's imports: a bank return's lines, applied or taken back in the
 * platform's transaction that ends the import. Open to any caller because the platform calls it for the
 * uploader and from its sweep, which runs as no one.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class BankReturnStaging implements ImportStaging {
    @EJB
    private BankReturnStore store;

    @Override
    public String module() {
        return BankReturnStore.MODULE;
    }

    @Override
    public void publish(String tag) {
        store.publish(tag);
    }

    @Override
    public void discard(String tag) {
        store.discard(tag);
    }
}
