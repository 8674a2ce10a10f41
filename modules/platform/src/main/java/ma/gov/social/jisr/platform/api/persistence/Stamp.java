package ma.gov.social.jisr.platform.api.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Who created a record and when, and who changed it last and when: the one created/updated stamp of every
 * entity ({@code created_at, created_by, updated_at, updated_by}). The audit log keeps the full history;
 * this answers "who touched it last" on the record's own screen. A module's persistence unit lists this
 * class, because its jar is scanned and the platform's is not.
 */
@Embeddable
public class Stamp implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "created_at", updatable = false)
    private LocalDateTime createdAt;
    @Column(name = "created_by", updatable = false)
    private String createdBy;
    @Column(name = "updated_at")
    private LocalDateTime updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected Stamp() {
    }

    private Stamp(String by, LocalDateTime at) {
        this.createdBy = Objects.requireNonNull(by, "by");
        this.createdAt = Objects.requireNonNull(at, "at");
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The stamp of a record being created now by {@code by}. */
    public static Stamp created(String by, LocalDateTime at) {
        return new Stamp(by, at);
    }

    /** Records a change by {@code by}. */
    public void changed(String by, LocalDateTime at) {
        this.updatedBy = Objects.requireNonNull(by, "by");
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
