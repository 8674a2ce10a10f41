package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real WAR on a real Payara Micro against a real MariaDB, driven over HTTP as a browser would,
 * with the database checked directly.
 */
class PlatformIT extends DeployedJisr {
    static final String PASSWORD = "Jisr-Demo-2026";

    private URI app;

    @BeforeEach
    void loopback() {
        app = URI.create(app());
    }

    @Test
    void migrationsCreatedExactlyTheIsoTerritories() throws Exception {
        List<String> expected;
        try (InputStream in = getClass().getResourceAsStream("/iso-3166-2-ma.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).sorted().toList();
        }
        List<String> actual = ItDatabase.column("SELECT code FROM plt_region UNION ALL SELECT code FROM plt_province"
                + " ORDER BY code");
        assertEquals(87, expected.size());
        assertEquals(expected, actual);
        assertEquals(0, ItDatabase.number("SELECT COUNT(*) FROM plt_province p LEFT JOIN plt_region r"
                + " ON r.code = p.region_code WHERE r.code IS NULL"));
        assertEquals("الدار البيضاء", ItDatabase.column("SELECT name_ar FROM plt_province WHERE code = 'MA-CAS'").get(0));
        assertEquals(List.of("1", "2", "3"), ItDatabase.column("SELECT version FROM flyway_history_platform"
                + " WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank"));
    }

    @Test
    void healthEndpointsAnswer() throws Exception {
        FacesClient client = new FacesClient(app);
        HttpResponse<String> ready = client.get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\"") && ready.body().contains("UP"), ready.body());
        assertEquals(200, client.get("/health/live").statusCode());
    }

    @Test
    void loginChangesTheSessionIdAndLandsOnTheHomePage() throws Exception {
        FacesClient client = new FacesClient(app);
        client.get("login.xhtml");
        String before = client.sessionId();
        HttpResponse<String> response = client.login("agent.rabat", PASSWORD);
        assertEquals(302, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/index.xhtml"));
        assertNotNull(before);
        assertNotEquals(before, client.sessionId());
        String home = client.get("index.xhtml").body();
        assertTrue(home.contains("فاطمة الزهراء بناني"), home);
        assertTrue(ItDatabase.number("SELECT COUNT(*) FROM plt_audit_event WHERE username = 'agent.rabat'"
                + " AND action = 'LOGIN' AND province_code = 'MA-RAB' AND region_code = 'MA-04'") >= 1);
    }

    @Test
    void wrongPasswordIsRefusedWithAClearMessageAndAudited() throws Exception {
        FacesClient client = new FacesClient(app);
        HttpResponse<String> response = client.login("coord.casa", "not-the-password-1");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("اسم المستخدم أو كلمة المرور غير صحيحة"), response.body());
        assertTrue(ItDatabase.number("SELECT COUNT(*) FROM plt_audit_event WHERE username = 'coord.casa'"
                + " AND action = 'LOGIN_FAILED' AND region_code = 'MA-06'") >= 1);
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        FacesClient client = new FacesClient(app);
        for (int i = 0; i < 5; i++) {
            client.login("finance", "wrong-password-" + i);
        }
        HttpResponse<String> locked = client.login("finance", PASSWORD);
        assertEquals(200, locked.statusCode(), "the right password must not open a locked account");
        assertTrue(locked.body().contains("تم قفل الحساب"), locked.body());
        assertEquals(1, ItDatabase.number("SELECT COUNT(*) FROM plt_audit_event WHERE username = 'finance'"
                + " AND action = 'LOCKOUT'"));
        assertEquals(1, ItDatabase.number("SELECT COUNT(*) FROM plt_user WHERE username = 'finance'"
                + " AND locked_until > NOW()"));
    }

    @Test
    void passwordsAreHashedWithPbkdf2At600000Iterations() throws Exception {
        for (String hash : ItDatabase.column("SELECT password_hash FROM plt_user")) {
            assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:600000:"), hash.substring(0, 30));
        }
    }

    @Test
    void aProvincialAdministratorSeesOnlyTheirProvince() throws Exception {
        FacesClient client = new FacesClient(app);
        assertEquals(302, client.login("admin.rabat", PASSWORD).statusCode());
        String users = client.get("platform/admin/users.xhtml").body();
        assertTrue(users.contains("agent.rabat"), users);
        assertFalse(users.contains("agent.casa"), "another province's account is listed");
        assertFalse(users.contains("coord.casa"), "a regional account is listed");
        assertFalse(users.contains(">admin<"), "a national account is listed");
        long casaId = ItDatabase.number("SELECT id FROM plt_user WHERE username = 'agent.casa'");
        String other = client.get("platform/admin/user.xhtml?id=" + casaId).body();
        assertFalse(other.contains("Omar Chraibi"), "another province's account opens by its id");
    }

    @Test
    void aProvincialAuditorSeesOnlyTheirProvincesEvents() throws Exception {
        new FacesClient(app).login("agent.rabat", PASSWORD);
        FacesClient auditor = new FacesClient(app);
        assertEquals(302, auditor.login("auditor.casa", PASSWORD).statusCode());
        HttpResponse<String> page = auditor.get("platform/audit/audit.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("auditor.casa"), page.body());
        assertFalse(page.body().contains("agent.rabat"), "an event of Rabat is shown to Casablanca's auditor");
    }

    @Test
    void rolesGuardTheScreens() throws Exception {
        FacesClient anonymous = new FacesClient(app);
        HttpResponse<String> redirected = anonymous.get("platform/admin/users.xhtml");
        assertEquals(302, redirected.statusCode());
        assertTrue(redirected.headers().firstValue("Location").orElseThrow().contains("login.xhtml"));

        FacesClient caseWorker = new FacesClient(app);
        caseWorker.login("agent.casa", PASSWORD);
        assertEquals(403, caseWorker.get("platform/admin/users.xhtml").statusCode());
        assertEquals(403, caseWorker.get("platform/audit/audit.xhtml").statusCode());
    }

    @Test
    void theAuditLogIsAppendOnly() throws Exception {
        try (Connection c = ItDatabase.connect(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE plt_audit_event SET username = 'x'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM plt_audit_event"));
        }
    }

    @Test
    void responsesCarrySecurityHeadersAndErrorsShowNoStackTrace() throws Exception {
        FacesClient client = new FacesClient(app);
        HttpResponse<String> login = client.get("login.xhtml");
        List<String> policies = login.headers().allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies.toString());
        assertTrue(policies.stream().anyMatch(p -> p.contains("'nonce-")), "PrimeFaces' nonce policy");
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(null));
        assertTrue(login.headers().firstValue("Referrer-Policy").isPresent());

        client.login("agent.casa", PASSWORD);
        HttpResponse<String> missing = client.get("no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("error-text"), missing.body());
        assertFalse(missing.body().contains("Caused by") || missing.body().contains(".java:"), missing.body());
    }
}
