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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real WAR on a real Payara Micro against a real MariaDB, driven over HTTP as a browser would,
 * with the database checked directly.
 */
class PlatformIT extends DeployedJisr {
    static final String PASSWORD = "Jisr-Demo-2026";
    static final String WRONG_LOGIN = "اسم المستخدم أو كلمة المرور غير صحيحة";

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
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"), ItDatabase.column("SELECT version FROM flyway_history_platform"
                + " WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank"));
    }

    @Test
    void anAdministratorSavingAnAccountAnotherAdministratorChangedMeanwhileIsToldAndOverwritesNothing()
            throws Exception {
        ItAccounts.copyOf("agent.rabat", "edited.twice");
        String path = "platform/admin/user.xhtml?id="
                + ItDatabase.number("SELECT id FROM plt_user WHERE username = 'edited.twice'");
        ItDatabase.language("admin", "ar");
        FacesClient first = new FacesClient(app);
        FacesClient second = new FacesClient(app);
        assertEquals(302, first.login("admin", PASSWORD).statusCode());
        assertEquals(302, second.login("admin", PASSWORD).statusCode());
        String firstScreen = first.get(path).body();
        String secondScreen = second.get(path).body(); // both show the account as it is now
        java.util.Map<String, String> fields = new java.util.HashMap<>(java.util.Map.of("fullName", "Samira Awal",
                "roles", "case-worker-women", "scopeLevel_input", "PROVINCE", "region_input", "MA-04",
                "province_input", "MA-RAB"));
        assertEquals(302, first.submit(path, firstScreen, "user", fields, "save").statusCode());
        fields.put("fullName", "Samira Thani");
        HttpResponse<String> stale = second.submit(path, secondScreen, "user", fields, "save");
        assertEquals(200, stale.statusCode(), "the second save is refused on its page");
        assertTrue(stale.body().contains("غيّر شخص آخر هذا السجل في الأثناء"), stale.body()); // admin reads Arabic
        assertEquals("Samira Awal", ItDatabase.column("SELECT full_name FROM plt_user WHERE username = 'edited.twice'")
                .get(0));
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

    @Test
    void loggedInStaffAreNeverRefusedWhileManySessionsBrowseAtOnce() throws Exception {
        List<FacesClient> sessions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            FacesClient session = new FacesClient(app);
            assertEquals(302, session.login("admin", PASSWORD).statusCode());
            sessions.add(session);
        }
        PageLoad.Result run = PageLoad.run(sessions, List.of("index.xhtml", "centres/centres.xhtml"), 4000,
                Duration.ofSeconds(90));
        System.out.println("[jisr-it] 4 administrator sessions browsing at once: " + run);
        assertTrue(run.loads() >= 400, "too few page loads to mean anything: " + run);
        assertEquals(0, run.count(403), run.toString());
        assertEquals(0, run.count(500), run.toString());
        assertEquals(run.loads(), run.count(200), run.toString());
        List<String> reads = QueryLog.statementsDuring(() -> sessions.get(1).get("centres/centres.xhtml"), "plt_user");
        assertEquals(1, reads.size(), "the account is read once per page: " + reads);
        FacesClient first = sessions.get(0);
        first.submit("index.xhtml", first.get("index.xhtml").body(), "logout-form", java.util.Map.of(), "logout");
        assertEquals(302, first.get("index.xhtml").statusCode(), "logged out: back to the login page");
    }

    @Test
    void aRemovedRoleOrADisabledAccountTakesEffectAtTheVeryNextRequest() throws Exception {
        FacesClient auditor = new FacesClient(app);
        assertEquals(302, auditor.get("platform/audit/audit.xhtml").statusCode(), "not logged in yet");
        HttpResponse<String> login = auditor.login("auditor", PASSWORD);
        assertTrue(login.headers().firstValue("Location").orElseThrow().endsWith("/platform/audit/audit.xhtml"),
                "after login, the page asked for: " + login.headers().map());
        assertEquals(200, auditor.get("platform/audit/audit.xhtml").statusCode());
        long id = ItDatabase.number("SELECT id FROM plt_user WHERE username = 'auditor'");
        try {
            ItAccounts.execute("DELETE FROM jisr.plt_user_role WHERE user_id = ? AND role = 'auditor'", id);
            assertEquals(403, auditor.get("platform/audit/audit.xhtml").statusCode(), "the role was removed");
            assertEquals(200, auditor.get("index.xhtml").statusCode(), "still a member of staff");

            ItAccounts.execute("UPDATE jisr.plt_user SET enabled = FALSE WHERE id = ?", id);
            HttpResponse<String> next = auditor.get("index.xhtml");
            assertEquals(302, next.statusCode(), next.body());
            assertTrue(next.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
            ItAccounts.execute("UPDATE jisr.plt_user SET enabled = TRUE WHERE id = ?", id);
            assertEquals(302, auditor.get("index.xhtml").statusCode(), "the disabled session must stay ended");
            HttpResponse<String> ajax = auditor.ajaxGet("index.xhtml");
            assertEquals(200, ajax.statusCode(), "an ajax call cannot follow a 302: Faces' own redirect instead");
            assertTrue(ajax.body().contains("<partial-response") && ajax.body().contains("login.xhtml\""),
                    ajax.body());
        } finally {
            ItAccounts.execute("INSERT IGNORE INTO jisr.plt_user_role (user_id, role) VALUES (?, 'auditor')", id);
            ItAccounts.execute("UPDATE jisr.plt_user SET enabled = TRUE WHERE id = ?", id);
        }
    }

    @Test
    void fortyLoginsAtOnceAllAnswerWithoutEmptyingTheConnectionPool() throws Exception {
        List<String> names = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            names.add("storm." + (i % 8 + 1));
            ItAccounts.copyOf("agent.rabat", names.get(i));
            right.add(i % 5 != 4); // one wrong password per account: none reaches the lockout
        }
        LoginStorm.Result storm = LoginStorm.run(app, names, right, PASSWORD, Duration.ofSeconds(120));
        System.out.println("[jisr-it] 40 logins at once: answered in " + storm.elapsed().toMillis() + " ms; at most "
                + storm.mostConnections() + " database connections, " + storm.mostBusy() + " running at once");
        assertEquals(List.of(), storm.answers().stream().filter(a -> !a.asExpected(WRONG_LOGIN)).toList());
        // before: all 32 connections of the pool, 25 of them waiting for a row lock held during a hash
        assertTrue(storm.mostConnections() < 32, "the pool was exhausted: " + storm.mostConnections());
        assertTrue(storm.mostBusy() < 16, "statements waiting at once: " + storm.mostBusy());
        assertEquals(List.of("LOGIN 32", "LOGIN_FAILED 8"), ItDatabase.column("SELECT CONCAT(action, ' ', COUNT(*))"
                + " FROM plt_audit_event WHERE username LIKE 'storm.%' GROUP BY action ORDER BY action"));
        assertEquals(0, ItDatabase.number("SELECT COUNT(*) FROM plt_user WHERE username LIKE 'storm.%'"
                + " AND locked_until IS NOT NULL"));
    }

    @Test
    void aNameMatchingNoAccountIsNeverWrittenToTheAuditLog() throws Exception {
        String typed = "=HYPERLINK(\"http://x.example\",\"Typed-Secret-42\")";
        HttpResponse<String> response = new FacesClient(app).login(typed, "whatever-it-was-1");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains(WRONG_LOGIN), response.body());
        assertEquals(0, ItDatabase.number("SELECT COUNT(*) FROM plt_audit_event WHERE username LIKE '%HYPERLINK%'"
                + " OR username LIKE '%Typed-Secret%' OR detail LIKE '%HYPERLINK%' OR detail LIKE '%Typed-Secret%'"));
        assertTrue(ItDatabase.number("SELECT COUNT(*) FROM plt_audit_event WHERE username = '(unknown account)'"
                + " AND action = 'LOGIN_FAILED' AND detail LIKE 'unknown account%'") >= 1);
    }

    @Test // run with JISR_HTTPS=true in the test run's environment to check the HTTPS side
    void theSessionCookieIsSecureAndHstsSentOnlyWhenJisrIsReachedOverHttps() throws Exception {
        boolean https = "true".equals(System.getenv("JISR_HTTPS"));
        HttpResponse<String> login = new FacesClient(app).get("login.xhtml");
        assertEquals(https, login.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertEquals(https, cookie.toLowerCase().contains("secure"), cookie);
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
    }
}
