package ma.gov.social.jisr.funding.api;

import java.time.LocalDateTime;

/** A call as its page shows it, with how many projects it received and selected. */
public record CallDetails(long id, long version, CallData data, CallStatus status, long projects, long selected,
                          LocalDateTime decidedAt, String decidedBy) {
}
