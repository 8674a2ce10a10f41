package ma.gov.social.jisr.platform.internal.users;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.ScopeLevel;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import ma.gov.social.jisr.platform.api.users.StaffDirectory;
import ma.gov.social.jisr.platform.api.users.StaffMember;

@Stateless
@RolesAllowed(Roles.STAFF)
public class StaffDirectoryBean implements StaffDirectory {
    private static final String SELECT = "select u.username, u.full_name, u.scope_level, u.scope_code, r.role"
            + " from plt_user u join plt_user_role r on r.user_id = u.id where u.enabled = true";

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    @Override
    public Optional<StaffMember> member(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return members(SELECT + " and u.username = ?", List.of(username.strip())).stream().findFirst();
    }

    @Override
    public List<StaffMember> covering(Set<String> roles, String regionCode, String provinceCode) {
        if (roles.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(java.util.Arrays.asList(regionCode, provinceCode)); // null: nationals only
        params.addAll(roles);
        String wanted = roles.stream().map(r -> "?").collect(Collectors.joining(","));
        return members(SELECT + " and (u.scope_level = 'NATIONAL' or (u.scope_level = 'REGION' and u.scope_code = ?)"
                + " or (u.scope_level = 'PROVINCE' and u.scope_code = ?)) and u.id in (select user_id from"
                + " plt_user_role where role in (" + wanted + ")) order by u.full_name", params);
    }

    private List<StaffMember> members(String sql, List<Object> params) {
        Map<String, StaffMember> members = new LinkedHashMap<>();
        new Sql(dataSource).list(sql, r -> {
            String name = r.string("username");
            StaffMember m = members.computeIfAbsent(name, n -> {
                try {
                    ScopeLevel level = r.enumValue("scope_level", ScopeLevel.class);
                    return new StaffMember(n, r.string("full_name"), level == ScopeLevel.NATIONAL
                            ? TerritorialScope.national() : new TerritorialScope(level, r.string("scope_code")),
                            new TreeSet<>());
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            m.roles().add(r.string("role"));
            return null;
        }, params.toArray());
        return members.values().stream().map(m -> new StaffMember(m.username(), m.fullName(), m.scope(),
                Set.copyOf(m.roles()))).toList();
    }
}
