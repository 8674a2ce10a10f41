package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The partner associations through the deployed WAR: a RIB change takes effect only when a second person
 * approves it (the one who asked cannot), a wrong key is refused at entry, and a provincial partnership
 * officer sees only the province's associations.
 */
class FundingIT extends DeployedJisr {
    private static final String PAGE = "funding/association.xhtml?id=";
    /** Bank 011, city 780, account 0000123456789012, and its key. */
    private static final String RIB = "011780000012345678901296";

    @Test
    void aRibChangeTakesEffectOnlyWhenASecondPersonApprovesIt() throws Exception {
        ItAccounts.copyOf("partenariat.rabat", "partenariat.rabat.deux");
        ItDatabase.language("partenariat.rabat", "fr");
        ItDatabase.language("partenariat.rabat.deux", "fr");
        long association = association("AS-IT-RIB", "Association Riad IT", "MA-RAB", "MA-04");
        FacesClient asker = as("partenariat.rabat");

        String page = asker.get(PAGE + association).body();
        String wrongKey = asker.ajax(PAGE + association, page, "association", ask("011780000012345678901295")).body();
        assertTrue(wrongKey.contains("La clé du RIB ne correspond pas"), wrongKey);
        assertEquals(0, ItDatabase.number("select count(*) from jisr.fun_rib_change where association_id = "
                + association));

        String asked = asker.ajax(PAGE + association, page, "association", ask("011 780 0000123456789012 96")).body();
        assertTrue(asked.contains("attend l'approbation d'une autre personne"), asked);
        assertEquals(1, ItDatabase.number("select count(*) from jisr.fun_rib_change where association_id = "
                + association + " and status = 'PENDING' and rib = '" + RIB + "'"));
        String own = asker.get(PAGE + association).body();
        assertFalse(own.contains("association:changes:0:approve"), "the one who asked gets no approve button");
        assertTrue(own.contains("Une autre personne doit l'approuver"), own);
        assertEquals(0, ItDatabase.number("select count(*) from jisr.fun_association where id = " + association
                + " and rib is not null"), "not in force before approval");

        FacesClient second = as("partenariat.rabat.deux");
        String toApprove = second.get(PAGE + association).body();
        assertTrue(toApprove.contains("association:changes:0:approve"), "a second person may approve");
        String approved = second.ajax(PAGE + association, toApprove, "association", Map.of(
                "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "association:changes:0:approve",
                "jakarta.faces.partial.execute", "association:changes:0:approve",
                "jakarta.faces.partial.render", "association", "association:changes:0:approve",
                "association:changes:0:approve")).body();
        assertTrue(approved.contains("RIB approuvé"), approved);
        assertEquals(1, ItDatabase.number("select count(*) from jisr.fun_association where id = " + association
                + " and rib = '" + RIB + "'"));
        assertEquals(1, ItDatabase.number("select count(*) from jisr.plt_audit_event where module = 'funding'"
                + " and record_id = '" + association + "' and username = 'partenariat.rabat' and detail like '%asked%'"));
        assertEquals(1, ItDatabase.number("select count(*) from jisr.plt_audit_event where module = 'funding'"
                + " and record_id = '" + association + "' and username = 'partenariat.rabat.deux'"
                + " and detail like '%approved%'"));
    }

    @Test
    void aProvincialOfficerSeesOnlyTheProvincesAssociationsAndTheAttemptIsAudited() throws Exception {
        ItDatabase.language("partenariat.casa", "fr");
        long rabat = association("AS-IT-RAB", "Association Chellah IT", "MA-RAB", "MA-04");
        association("AS-IT-CAS", "Association Anfa IT", "MA-CAS", "MA-06");
        FacesClient casa = as("partenariat.casa");

        String list = casa.get("funding/associations.xhtml").body();
        assertTrue(list.contains("Association Anfa IT") && !list.contains("Association Chellah IT"), list);
        HttpResponse<String> other = casa.get(PAGE + rabat);
        assertFalse(other.body().contains("Association Chellah IT"), "nothing of Rabat's association");
        assertTrue(other.body().contains("n'existe pas ou vous ne pouvez pas l'ouvrir"), other.body());
        assertEquals(1, ItDatabase.number("select count(*) from jisr.plt_audit_event where username = 'partenariat.casa'"
                + " and action = 'ACCESS_REFUSED' and record_id = '" + rabat + "'"));
        assertEquals(403, as("agent.rabat").get("funding/associations.xhtml").statusCode(), "case workers do not");
    }

    private static Map<String, String> ask(String rib) {
        Map<String, String> raw = new HashMap<>(Map.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "association:askRib", "jakarta.faces.partial.execute",
                "association:askRib association:newRib association:ribReason", "jakarta.faces.partial.render",
                "association", "association:askRib", "association:askRib"));
        raw.put("association:newRib", rib);
        raw.put("association:ribReason", "Changement de banque de l'association");
        return raw;
    }

    private static long association(String registration, String name, String province, String region)
            throws Exception {
        ItAccounts.execute("insert into jisr.fun_association (registration_no, name_ar, name_fr, region_code,"
                + " province_code, registered_on, domains, status, created_at, created_by, updated_at, updated_by)"
                + " values (?, ?, ?, ?, ?, '2015-06-01', 'FAMILY_SPACE', 'ACTIVE', ?, 'it', ?, 'it')", registration,
                "جمعية " + name, name, region, province, LocalDateTime.now(), LocalDateTime.now());
        return ItDatabase.number("select id from jisr.fun_association where registration_no = '" + registration + "'");
    }
}
