package ma.gov.social.jisr.casework.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A case to open: for a person of the registry, at a centre of the module, with the worker who handles it
 * and the supervisor (both user names). Restricted: only they may open it.
 */
public record NewCase(String module, long personId, long centreId, LocalDate openedOn, String worker,
                      String supervisor, boolean restricted) {
    public NewCase {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(openedOn, "openedOn");
    }
}
