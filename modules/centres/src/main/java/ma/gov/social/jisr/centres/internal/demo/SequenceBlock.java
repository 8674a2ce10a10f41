package ma.gov.social.jisr.centres.internal.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.LongSupplier;

/**
 * Ids from a sequence the way EclipseLink takes them: each NEXTVAL reserves the {@code size} ids that end
 * at the value returned (the sequence's INCREMENT BY is the entity's allocationSize). Rows written here and
 * rows the entities write later therefore never share an id.
 */
final class SequenceBlock implements LongSupplier {
    private final Connection connection;
    private final String sequence;
    private final int size;
    private long next;
    private long last = -1;

    SequenceBlock(Connection connection, String sequence, int size) {
        this.connection = connection;
        this.sequence = sequence;
        this.size = size;
    }

    @Override
    public long getAsLong() {
        if (next > last) {
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("select nextval(" + sequence + ")")) {
                rs.next();
                last = rs.getLong(1);
                next = last - size + 1;
            } catch (SQLException e) {
                throw new IllegalStateException("no id from " + sequence, e);
            }
        }
        return next++;
    }
}
