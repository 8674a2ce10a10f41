package ma.gov.social.jisr.platform.internal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;

/** A row of the append-only log: it has no setters, and the database refuses updates and deletes. */
@Entity
@Table(name = "plt_audit_event")
public class AuditEventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plt_audit_seq")
    @SequenceGenerator(name = "plt_audit_seq", sequenceName = "plt_audit_seq", allocationSize = 50)
    private Long id;
    @Column(name = "occurred_at")
    private LocalDateTime occurredAt;
    private String username;
    @Column(name = "client_address")
    private String clientAddress;
    private String module;
    @Column(name = "record_type")
    private String recordType;
    @Column(name = "record_id")
    private String recordId;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "province_code")
    private String provinceCode;
    private String detail;

    protected AuditEventEntity() {
    }

    AuditEventEntity(AuditEntry entry, String username, String clientAddress, LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
        this.username = clip(username, 60);
        this.clientAddress = clip(clientAddress, 64);
        this.module = entry.module();
        this.recordType = entry.recordType();
        this.recordId = clip(entry.recordId(), 60);
        this.action = entry.action();
        this.regionCode = entry.regionCode();
        this.provinceCode = entry.provinceCode();
        this.detail = clip(entry.detail(), 500);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
