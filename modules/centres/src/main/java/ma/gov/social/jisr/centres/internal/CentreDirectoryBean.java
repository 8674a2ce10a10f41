package ma.gov.social.jisr.centres.internal;

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
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreDirectory;
import ma.gov.social.jisr.centres.api.CentreStatus;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.sql.Row;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

@Stateless
@RolesAllowed(Roles.STAFF)
public class CentreDirectoryBean implements CentreDirectory {
    private static final String SELECT = "select id, code, name_ar, name_fr, type, status, region_code,"
            + " province_code, beds from cen_centre";

    /** A list of ids is read in slices, so that one statement never carries thousands of parameters. */
    private static final int SLICE = 500;

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    @Override
    public Optional<CentreCard> card(long centreId) {
        return new Sql(dataSource).one(SELECT + " where id = ?", CentreDirectoryBean::card, centreId);
    }

    @Override
    public Map<Long, CentreCard> cards(Collection<Long> centreIds) {
        List<Long> ids = centreIds.stream().distinct().toList();
        Map<Long, CentreCard> cards = new HashMap<>();
        for (int from = 0; from < ids.size(); from += SLICE) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + SLICE));
            new Sql(dataSource).list(SELECT + " where id in (" + slice.stream().map(id -> "?")
                    .collect(Collectors.joining(",")) + ")", CentreDirectoryBean::card, slice.toArray())
                    .forEach(c -> cards.put(c.id(), c));
        }
        return cards;
    }

    @Override
    public List<CentreCard> open(Collection<CentreType> types, TerritorialScope within) {
        if (types.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(types.stream().map(Enum::name).toList());
        String where = " where status = 'OPEN' and type in ("
                + types.stream().map(t -> "?").collect(Collectors.joining(",")) + ")";
        switch (within.level()) {
            case NATIONAL -> { }
            case REGION -> {
                where += " and region_code = ?";
                params.add(within.code());
            }
            case PROVINCE -> {
                where += " and province_code = ?";
                params.add(within.code());
            }
        }
        return new Sql(dataSource).list(SELECT + where + " order by province_code, name_fr",
                CentreDirectoryBean::card, params.toArray());
    }

    private static CentreCard card(Row r) throws SQLException {
        return new CentreCard(r.number("id"), r.string("code"), r.string("name_ar"), r.string("name_fr"),
                r.enumValue("type", CentreType.class), r.enumValue("status", CentreStatus.class),
                r.string("region_code"), r.string("province_code"), r.nullableInteger("beds"));
    }
}
