package ma.gov.social.jisr.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The servlet objects are stand-ins that record what they are told (no server needed). */
class TransportSecurityTest {
    private final List<String> calls = new ArrayList<>();
    private final Map<String, String> headers = new HashMap<>();
    private Filter filter;

    @Test
    void overHttpsTheSessionCookieIsSecureAndEveryResponseCarriesHsts() throws Exception {
        TransportSecurity.apply(stand(ServletContext.class, (name, args) -> switch (name) {
            case "getSessionCookieConfig" -> stand(SessionCookieConfig.class, (n, a) -> {
                calls.add(n + "(" + a[0] + ")");
                return null;
            });
            case "addFilter" -> {
                filter = (Filter) args[1];
                yield stand(FilterRegistration.Dynamic.class, (n, a) -> {
                    calls.add(n + " " + String.join(",", (String[]) a[2]));
                    return null;
                });
            }
            default -> throw new AssertionError(name);
        }));
        assertTrue(calls.contains("setSecure(true)"), calls.toString());
        assertTrue(calls.contains("addMappingForUrlPatterns /*"), calls.toString());

        boolean[] passedOn = {false};
        filter.doFilter(stand(HttpServletRequest.class, (n, a) -> null),
                stand(HttpServletResponse.class, (n, a) -> {
                    if (n.equals("setHeader")) {
                        headers.put((String) a[0], (String) a[1]);
                    }
                    return null;
                }), (FilterChain) (request, response) -> passedOn[0] = true);
        assertEquals("max-age=31536000", headers.get("Strict-Transport-Security"));
        assertTrue(passedOn[0], "the request must go on to the application");
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T stand(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getName().equals("toString") ? type.getSimpleName()
                        : answer.answer(method.getName(), args == null ? new Object[0] : args)));
    }
}
