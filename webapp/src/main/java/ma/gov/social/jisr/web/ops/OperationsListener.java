package ma.gov.social.jisr.web.ops;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/** Hangs the log context on the application's loggers for as long as the application is deployed. */
@WebListener
public class OperationsListener implements ServletContextListener {
    private static final Logger ROOT = Logger.getLogger("jisr"); // the application logs as jisr.boot, jisr.request...
    private final LogContextHandler handler = new LogContextHandler();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ROOT.addHandler(handler);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        ROOT.removeHandler(handler); // a redeployment must not keep the old class loader alive through it
    }
}
