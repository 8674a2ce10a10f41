package ma.gov.social.jisr.web.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a log line of Jisr's carries about its request, and what it never takes from the caller. */
class LogContextTest {
    private final LogContextHandler handler = new LogContextHandler();

    @AfterEach
    void end() {
        RequestContext.end();
    }

    @Test
    void aRecordLoggedWhileServingARequestCarriesItsUserAndIdAfterItsOwnParameters() {
        RequestContext.begin("7F000001:8E2A_0005", request("coord.casa"));
        LogRecord record = new LogRecord(Level.INFO, "{0} answered {1}");
        record.setParameters(new Object[] {"GET", "403"});
        handler.publish(record);
        assertEquals(3, record.getParameters().length);
        assertArrayEquals(new Object[] {"GET", "403"}, java.util.Arrays.copyOf(record.getParameters(), 2));
        assertEquals(Map.of("user", "coord.casa", "requestId", "7F000001:8E2A_0005"), record.getParameters()[2]);
        handler.publish(record); // a second handler pass adds nothing
        assertEquals(3, record.getParameters().length);
    }

    @Test
    void theUserIsReadWhenTheLineIsWrittenSoALoginLearnsItHalfWay() {
        String[] user = {null};
        RequestContext.begin("id-1", request(user));
        assertEquals("-", RequestContext.current().orElseThrow().fields().get("user"));
        user[0] = "agent.rabat";
        assertEquals("agent.rabat", RequestContext.current().orElseThrow().fields().get("user"));
    }

    @Test
    void outsideARequestNothingIsAdded() {
        LogRecord record = new LogRecord(Level.INFO, "Jisr started");
        handler.publish(record);
        assertNull(record.getParameters());
    }

    @Test
    void onlyASaneRequestIdIsTakenFromTheCaller() {
        assertEquals("7F000001:8E2A_7F000001:1F9A_6B05F433_0005:0E4F",
                RequestContextFilter.requestId("7F000001:8E2A_7F000001:1F9A_6B05F433_0005:0E4F"));
        for (String forged : new String[] {"a\",\"user\":\"admin", "x y", "a".repeat(81), "", "ZF700001\n"}) {
            String id = RequestContextFilter.requestId(forged);
            assertNotEquals(forged, id);
            assertEquals(36, id.length(), "a new id instead of " + forged);
        }
        assertEquals(36, RequestContextFilter.requestId(null).length());
    }

    private static HttpServletRequest request(String user) {
        return request(new String[] {user});
    }

    private static HttpServletRequest request(String[] user) {
        return (HttpServletRequest) Proxy.newProxyInstance(LogContextTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getUserPrincipal")) {
                        return user[0] == null ? null : (Principal) () -> user[0];
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
