package ma.gov.social.jisr.platform.internal.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the heap is not exhausted: past 95 % a restart serves users better than a crawl. */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        double ratio = (double) used / rt.maxMemory();
        return HealthCheckResponse.named("heap").status(ratio < 0.95)
                .withData("usedMiB", used >> 20).withData("maxMiB", rt.maxMemory() >> 20).build();
    }
}
