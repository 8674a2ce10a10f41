package ma.gov.social.jisr.platform.internal.imports;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This server's name in the import rows it writes: host and process, enough to tell two servers apart in a log. */
final class Servers {
    static final String THIS = name();

    private Servers() {
    }

    private static String name() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String name = host + "#" + ProcessHandle.current().pid();
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }
}
