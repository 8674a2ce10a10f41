package ma.gov.social.jisr.funding.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.util.List;
import javax.sql.DataSource;
import ma.gov.social.jisr.funding.api.AssociationCard;
import ma.gov.social.jisr.funding.api.DemoPartners;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * Open to all callers because demo data is written at deployment, when nobody is logged in; it reads only
 * the associations the demo wrote.
 */
@Stateless
@PermitAll
public class DemoPartnersBean implements DemoPartners {
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    @Override
    public List<AssociationCard> all() {
        return new Sql(dataSource).list(AssociationDirectoryBean.SELECT + " where created_by = ?"
                + " order by province_code, registration_no", AssociationDirectoryBean::card, DemoData.AUTHOR);
    }
}
