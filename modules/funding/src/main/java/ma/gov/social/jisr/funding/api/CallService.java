package ma.gov.social.jisr.funding.api;

import java.util.List;

/**
 * The ministry's calls for proposals. National partnership officers and administrators draft, publish, close
 * and decide them; everyone with access to funding reads them. A call changes only while it is a draft.
 */
public interface CallService {
    /** Every call, the latest first (a handful a year). */
    List<CallDetails> calls();

    CallDetails get(long id);

    long create(CallData data);

    void update(long id, long version, CallData data);

    /** Opens the call to submissions: refused unless its grid sums to 100 and it names its evaluators. */
    void publish(long id, long version);

    /** Ends data entry; evaluation may start. */
    void close(long id, long version);
}
