package ma.gov.social.jisr.women.api;

import java.util.List;
import java.util.Optional;

/** The listening lines: calls recorded with what is needed to act, no name required; a call can become a case. */
public interface ListeningService {
    long recordCall(CallData call);

    /** Recent calls in the caller's territory, newest first. */
    List<ListeningCall> calls(int limit);

    /** One call of the caller's territory (audited), or empty, the refused attempt audited. */
    Optional<ListeningCall> call(long callId);

    /** A call becomes a case: the intake opens it and the call keeps the link. */
    long callToCase(long callId, Intake intake);
}
