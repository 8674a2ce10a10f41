package ma.gov.social.jisr.platform.internal.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import org.junit.jupiter.api.Test;

/** Two administrators editing one account: the second save, made on what the first changed, is refused. */
class UserAccountTest {
    private final UserAccount account = new UserAccount("agent.x", "hash", true, "admin", LocalDateTime.now());

    UserAccountTest() {
        account.profile("Agent X", null, java.util.Set.of(), TerritorialScope.national(), "admin", LocalDateTime.now());
    }

    @Test
    void aSaveFromTheVersionOnScreenCountsTheChange() {
        account.changeProfile(0);
        assertEquals(1, account.getProfileVersion());
        account.changeProfile(1);
        assertEquals(2, account.getProfileVersion());
    }

    @Test
    void aSecondSaveFromTheSameScreenVersionIsRefused() {
        account.changeProfile(0);
        JisrException stale = assertThrows(JisrException.class, () -> account.changeProfile(0));
        assertEquals("common.changedMeanwhile", stale.messageKey());
        assertEquals(1, account.getProfileVersion(), "the refused save counts nothing");
    }
}
