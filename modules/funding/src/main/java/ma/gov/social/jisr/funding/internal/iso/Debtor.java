package ma.gov.social.jisr.funding.internal.iso;

import ma.gov.social.jisr.platform.api.value.Rib;

/** Who pays: the ministry, its treasury account and the bank that holds it (BIC). */
public record Debtor(String name, Rib account, String bic) {
}
