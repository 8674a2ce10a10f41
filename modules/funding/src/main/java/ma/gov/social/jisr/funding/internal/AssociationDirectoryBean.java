package ma.gov.social.jisr.funding.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import ma.gov.social.jisr.funding.api.AssociationCard;
import ma.gov.social.jisr.funding.api.AssociationDirectory;
import ma.gov.social.jisr.funding.api.AssociationStatus;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.sql.Row;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

@Stateless
@RolesAllowed(Roles.STAFF)
public class AssociationDirectoryBean implements AssociationDirectory {
    static final String SELECT = "select id, registration_no, name_ar, name_fr, region_code, province_code, status"
            + " from fun_association";
    /** A list of ids is read in slices, so that one statement never carries thousands of parameters. */
    private static final int SLICE = 500;

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    @Override
    public Optional<AssociationCard> card(long associationId) {
        return new Sql(dataSource).one(SELECT + " where id = ?", AssociationDirectoryBean::card, associationId);
    }

    @Override
    public Map<Long, AssociationCard> cards(Collection<Long> associationIds) {
        List<Long> ids = associationIds.stream().distinct().toList();
        Map<Long, AssociationCard> cards = new HashMap<>();
        for (int from = 0; from < ids.size(); from += SLICE) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + SLICE));
            new Sql(dataSource).list(SELECT + " where id in ("
                    + slice.stream().map(id -> "?").collect(Collectors.joining(",")) + ")",
                    AssociationDirectoryBean::card, slice.toArray()).forEach(c -> cards.put(c.id(), c));
        }
        return cards;
    }

    @Override
    public Optional<AssociationCard> registered(String registrationNo) {
        if (registrationNo == null || registrationNo.isBlank()) {
            return Optional.empty();
        }
        return new Sql(dataSource).one(SELECT + " where registration_no = ?", AssociationDirectoryBean::card,
                registrationNo.strip());
    }

    @Override
    public List<AssociationCard> find(String words, TerritorialScope within, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        switch (within.level()) {
            case NATIONAL -> { }
            case REGION -> {
                where.append(" and region_code = ?");
                params.add(within.code());
            }
            case PROVINCE -> {
                where.append(" and province_code = ?");
                params.add(within.code());
            }
        }
        if (words != null && !words.isBlank()) {
            String t = words.strip();
            String start = Sql.likeLiteral(t) + "%";
            String word = "% " + start;
            where.append(" and (name_fr like ? or name_fr like ? or name_ar like ? or name_ar like ?"
                    + " or registration_no like ?)");
            params.addAll(List.of(start, word, start, word, start));
        }
        params.add(Math.max(1, Math.min(limit, 100)));
        return new Sql(dataSource).list(SELECT + where + " order by name_fr, id limit ?",
                AssociationDirectoryBean::card, params.toArray());
    }

    static AssociationCard card(Row r) throws SQLException {
        return new AssociationCard(r.number("id"), r.string("registration_no"), r.string("name_ar"),
                r.string("name_fr"), r.string("region_code"), r.string("province_code"),
                r.enumValue("status", AssociationStatus.class));
    }
}
