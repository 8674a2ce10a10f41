package ma.gov.social.jisr.platform.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The client's address behind a load balancer, and never one a client wrote itself. */
class RequestOriginTest {
    private static final Set<String> BALANCER = Set.of("10.0.0.2");

    @Test
    void behindATrustedBalancerTheClientIsTheAddressItAppended() {
        assertEquals("196.200.1.7", RequestOrigin.clientAddress("10.0.0.2", "196.200.1.7", BALANCER));
        assertEquals("2001:db8::7", RequestOrigin.clientAddress("10.0.0.2", "2001:db8::7", BALANCER));
    }

    @Test
    void whatTheClientWroteBeforeTheBalancersEntryIsIgnored() {
        assertEquals("196.200.1.7", RequestOrigin.clientAddress("10.0.0.2", "1.2.3.4, 196.200.1.7", BALANCER));
        // two header lines, the client's then the balancer's, as the request holds them joined
        assertEquals("196.200.1.7", RequestOrigin.clientAddress("10.0.0.2", "1.2.3.4,196.200.1.7", BALANCER));
    }

    @Test
    void fromAnyOtherAddressTheHeaderIsIgnored() {
        assertEquals("196.200.9.9", RequestOrigin.clientAddress("196.200.9.9", "1.2.3.4", BALANCER));
        assertEquals("10.0.0.2", RequestOrigin.clientAddress("10.0.0.2", "1.2.3.4", Set.of()));
    }

    @Test
    void aHeaderThatIsNoAddressIsNotWrittenInTheAuditLog() {
        assertEquals("10.0.0.2", RequestOrigin.clientAddress("10.0.0.2", "1.2.3.4, <script>", BALANCER));
        assertEquals("10.0.0.2", RequestOrigin.clientAddress("10.0.0.2", "", BALANCER));
        assertEquals("unknown", RequestOrigin.clientAddress(null, "1.2.3.4", BALANCER));
    }
}
