package ma.gov.social.jisr.funding.api;

import ma.gov.social.jisr.platform.api.value.Dirhams;

/** Figures of a group (a call, a domain, a region or a province). */
public record TotalRow(String key, long submitted, long selected, Dirhams requested, Dirhams granted, Dirhams paid) {
}
