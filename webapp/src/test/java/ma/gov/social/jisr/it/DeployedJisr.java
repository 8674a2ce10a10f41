package ma.gov.social.jisr.it;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real WAR (target/jisr.war, as IT operations get it) on Payara Micro, on the run's MariaDB, tested
 * from outside. Payara reports the machine's external address: tests use loopback instead.
 */
@ExtendWith({ItDatabase.class, ArquillianExtension.class})
@RunAsClient
abstract class DeployedJisr {
    @ArquillianResource
    private URL deployed;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("jisr.it.war")));
    }

    /** The application's address on 127.0.0.1, ending with "/jisr/". */
    String app() {
        return deployed.toString().replaceFirst("//[^:/]+", "//127.0.0.1");
    }
}
