package ma.gov.social.jisr.casework.web;

import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;

/** One change from a case file's form: done and said, or refused and shown in the user's language. */
final class CaseActions {
    private CaseActions() {
    }

    /** Runs the change; true when it was made (the success message is on the screen). */
    static boolean run(Runnable change, String done) {
        try {
            change.run();
            Messages.info(done);
            return true;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return false;
        }
    }
}
