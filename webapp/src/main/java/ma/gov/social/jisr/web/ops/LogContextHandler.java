package ma.gov.social.jisr.web.ops;

import java.util.Arrays;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * Hung on the application's root logger, it runs on the thread that logs, before the server's own handlers
 * (its parents') format the record, which Payara Server does later on a thread of its own: it appends the user and the request id as a map, which Payara's JSON
 * formatter writes as keys of the line. It writes nothing itself.
 */
final class LogContextHandler extends Handler {
    @Override
    public void publish(LogRecord record) {
        RequestContext.current().ifPresent(context -> {
            Object[] parameters = record.getParameters();
            if (parameters == null || Arrays.stream(parameters).noneMatch(p -> p instanceof Map)) {
                Object[] with = parameters == null ? new Object[1] : Arrays.copyOf(parameters, parameters.length + 1);
                with[with.length - 1] = context.fields();
                record.setParameters(with);
            }
        });
    }

    @Override
    public void flush() {
        // writes nothing
    }

    @Override
    public void close() {
        // holds nothing
    }
}
