package ma.gov.social.jisr.people.api;

import java.util.List;

/** A person's page (mergedInto: the person this record was merged into, if it was): the data, the guardians (of a child), the wards (of a guardian), and the modules holding records. */
public record PersonDetails(long id, long version, String regionCode, Long mergedInto, PersonData data, List<GuardianLink> guardians,
                            List<GuardianLink> wards, List<ModuleHolding> holdings) {
}
