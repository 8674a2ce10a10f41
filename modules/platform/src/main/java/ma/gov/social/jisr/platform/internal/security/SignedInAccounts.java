package ma.gov.social.jisr.platform.internal.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import ma.gov.social.jisr.platform.api.territory.ScopeLevel;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/**
 * Reads the account of a signed-in session at the start of every request, so that a disabled account or
 * a changed role counts from the next click. One statement on the unique username index, roles joined
 * (one row per role): plain JDBC, since it runs on every request and needs no entity.
 */
@ApplicationScoped
public class SignedInAccounts {
    private static final String SQL = "SELECT u.username, u.full_name, u.scope_level, u.scope_code,"
            + " u.preferred_language, u.enabled, r.role FROM plt_user u"
            + " LEFT JOIN plt_user_role r ON r.user_id = u.id WHERE u.username = ?";

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    public Optional<SignedInAccount> read(String username) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SQL)) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String name = rs.getString(1);
                String fullName = rs.getString(2);
                ScopeLevel level = ScopeLevel.valueOf(rs.getString(3));
                String code = rs.getString(4);
                String language = rs.getString(5);
                boolean enabled = rs.getBoolean(6);
                Set<String> roles = new HashSet<>();
                do {
                    if (rs.getString(7) != null) {
                        roles.add(rs.getString(7));
                    }
                } while (rs.next());
                return Optional.of(new SignedInAccount(name, fullName, new TerritorialScope(level, code), language,
                        enabled, roles));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the account of the session", e);
        }
    }
}
