package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real WAR (target/jisr.war, as IT operations get it) on Payara Micro, on the run's MariaDB, tested
 * from outside. Payara reports the machine's external address: tests use loopback instead.
 */
@ExtendWith({ItDatabase.class, ArquillianExtension.class})
@RunAsClient
abstract class DeployedJisr {
    static final String CENTRES_CSV = "code,name_ar,name_fr,type,province,area,managing_body,status,latitude,longitude\n";
    static final String PERSONS_CSV = "first_name_ar,last_name_ar,first_name_latin,last_name_latin,sex,birth_date,cin,province\n";
    @ArquillianResource
    private URL deployed;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("jisr.it.war")));
    }

    /** The application's address on 127.0.0.1, ending with "/jisr/". */
    String app() {
        return deployed.toString().replaceFirst("//[^:/]+", "//127.0.0.1");
    }

    /** A client logged in as one of the demo accounts (or a copy made by a test). */
    FacesClient as(String username) throws Exception {
        FacesClient client = new FacesClient(URI.create(app()));
        assertEquals(302, client.login(username, PlatformIT.PASSWORD).statusCode(), "login of " + username);
        return client;
    }

    /** Uploads a file on the import page; returns the report CSV once the import has finished. */
    static String importFile(FacesClient client, String module, String csv) throws Exception {
        String path = "platform/imports/import.xhtml?module=" + module;
        String page = client.get(path).body();
        HttpResponse<String> following = client.upload(path, page, "upload", "file", module + ".csv",
                csv.getBytes(StandardCharsets.UTF_8), "start");
        assertEquals(200, following.statusCode(), following.body());
        String body = following.body();
        int messages = body.indexOf("upload:messages");
        assertTrue(body.contains("id=\"follow\""), "the import started: "
                + (messages < 0 ? body.substring(0, Math.min(body.length(), 2000)) : body.substring(messages,
                Math.min(body.length(), messages + 800))));
        for (int i = 0; i < 60; i++) {
            String report = client.submit(path, following.body(), "follow", Map.of(), "report").body();
            if (report.startsWith("<")) { // the report button is not there yet: the page came back
                if (report.contains("jisr-ok")) {
                    return "";
                }
            } else if (report.lines().count() > 1) {
                return report;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the import did not finish");
    }

    static long count(String sql, Object... params) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
