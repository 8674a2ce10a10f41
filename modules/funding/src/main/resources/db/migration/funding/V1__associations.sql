-- Partner associations: the registry the calls for proposals, agreements and payments stand on.
CREATE SEQUENCE fun_association_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE fun_rib_change_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE fun_status_decision_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE fun_association (
    id               BIGINT        NOT NULL DEFAULT (NEXT VALUE FOR fun_association_seq) PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    registration_no  VARCHAR(40)   NOT NULL,
    name_ar          VARCHAR(200)  NOT NULL,
    name_fr          VARCHAR(200)  NOT NULL,
    region_code      VARCHAR(6)    NOT NULL,
    province_code    VARCHAR(6)    NOT NULL,
    registered_on    DATE          NOT NULL,
    domains          VARCHAR(300)  NOT NULL,
    contact_name     VARCHAR(120),
    phone            VARCHAR(20),
    email            VARCHAR(120),
    address          VARCHAR(300),
    status           VARCHAR(12)   NOT NULL,
    status_on        DATE,
    -- the RIB in force: only ever set by an approved change (fun_rib_change), never typed in here
    rib              CHAR(24),
    rib_since        DATETIME(3),
    created_at       DATETIME(3)   NOT NULL,
    created_by       VARCHAR(60)   NOT NULL,
    updated_at       DATETIME(3)   NOT NULL,
    updated_by       VARCHAR(60)   NOT NULL,
    CONSTRAINT uq_fun_association_registration UNIQUE (registration_no),
    CONSTRAINT ck_fun_association_status CHECK (status IN ('ACTIVE', 'WARNED', 'SUSPENDED', 'BLACKLISTED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- the list: national by name, or a region's or province's by name, seeking past (name, id)
CREATE INDEX ix_fun_association_name ON fun_association (name_fr, id);
CREATE INDEX ix_fun_association_region ON fun_association (region_code, name_fr, id);
CREATE INDEX ix_fun_association_province ON fun_association (province_code, name_fr, id);

-- A RIB change takes effect only when a second person approves it: never the one who asked for it.
CREATE TABLE fun_rib_change (
    id              BIGINT        NOT NULL DEFAULT (NEXT VALUE FOR fun_rib_change_seq) PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    association_id  BIGINT        NOT NULL,
    rib             CHAR(24)      NOT NULL,
    reason          VARCHAR(500)  NOT NULL,
    requested_at    DATETIME(3)   NOT NULL,
    requested_by    VARCHAR(60)   NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    decided_at      DATETIME(3),
    decided_by      VARCHAR(60),
    decision_note   VARCHAR(500),
    CONSTRAINT fk_fun_rib_change_association FOREIGN KEY (association_id) REFERENCES fun_association (id),
    CONSTRAINT ck_fun_rib_change_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    CONSTRAINT ck_fun_rib_change_four_eyes CHECK (decided_by IS NULL OR decided_by <> requested_by)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_fun_rib_change_association ON fun_rib_change (association_id, status);
CREATE INDEX ix_fun_rib_change_pending ON fun_rib_change (status, requested_at);

-- Every status decision (warning, suspension, blacklisting, back to active), with its reference and date.
CREATE TABLE fun_status_decision (
    id              BIGINT        NOT NULL DEFAULT (NEXT VALUE FOR fun_status_decision_seq) PRIMARY KEY,
    association_id  BIGINT        NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    decision        VARCHAR(500)  NOT NULL,
    decided_on      DATE          NOT NULL,
    recorded_at     DATETIME(3)   NOT NULL,
    recorded_by     VARCHAR(60)   NOT NULL,
    CONSTRAINT fk_fun_status_decision_association FOREIGN KEY (association_id) REFERENCES fun_association (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_fun_status_decision_association ON fun_status_decision (association_id, decided_on);
