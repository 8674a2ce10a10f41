package ma.gov.social.jisr.platform.api.users;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Enabled staff accounts, for assigning work: whom a case can be given to. Names and roles only (no
 * credentials, no history).
 */
public interface StaffDirectory {
    Optional<StaffMember> member(String username);

    /**
     * Enabled accounts holding one of {@code roles} whose territory covers the province (of the region): a
     * national account, the region's, or the province's own.
     * With no region and no province, national accounts only.
     */
    List<StaffMember> covering(Set<String> roles, String regionCode, String provinceCode);
}
