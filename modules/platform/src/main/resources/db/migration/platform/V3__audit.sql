-- Append-only audit log: who, when, from where, which record of which module, what action.
-- The territory columns let a scoped auditor see only the events of their territory.
CREATE SEQUENCE plt_audit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE plt_audit_event (
    id              BIGINT       NOT NULL PRIMARY KEY,
    occurred_at     DATETIME(3)  NOT NULL,
    username        VARCHAR(60)  NOT NULL,
    client_address  VARCHAR(64)  NOT NULL,
    module          VARCHAR(30)  NOT NULL,
    record_type     VARCHAR(60),
    record_id       VARCHAR(60),
    action          VARCHAR(30)  NOT NULL,
    region_code     VARCHAR(6),
    province_code   VARCHAR(6),
    detail          VARCHAR(500)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_plt_audit_time ON plt_audit_event (occurred_at);
CREATE INDEX ix_plt_audit_user ON plt_audit_event (username, occurred_at);
CREATE INDEX ix_plt_audit_record ON plt_audit_event (module, record_type, record_id);
CREATE INDEX ix_plt_audit_territory ON plt_audit_event (region_code, province_code, occurred_at);

-- The database itself refuses to rewrite history, whatever the application does.
CREATE TRIGGER tr_plt_audit_no_update BEFORE UPDATE ON plt_audit_event
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'plt_audit_event is append-only';

CREATE TRIGGER tr_plt_audit_no_delete BEFORE DELETE ON plt_audit_event
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'plt_audit_event is append-only';
