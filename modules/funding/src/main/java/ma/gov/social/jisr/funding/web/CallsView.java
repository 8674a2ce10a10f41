package ma.gov.social.jisr.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.gov.social.jisr.funding.api.CallDetails;
import ma.gov.social.jisr.funding.api.CallService;

/**
 * The ministry's calls for proposals, the latest first: a handful a year, so shown whole. Named for its
 * module: the women's listening calls already answer to "callsView".
 */
@Named("fundingCallsView")
@ViewScoped
public class CallsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private CallService calls;

    private transient List<CallDetails> list;

    public List<CallDetails> getCalls() {
        if (list == null) {
            list = calls.calls();
        }
        return list;
    }
}
