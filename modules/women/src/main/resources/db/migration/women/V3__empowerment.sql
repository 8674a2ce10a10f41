-- Economic empowerment: women registered to create or grow an income activity (self-employed or members of a
-- women's cooperative), the cooperatives, the funding requests for their projects and the accompaniment
-- milestones of each, and the training sessions with their seats. A person is registered once (unique key);
-- a member once per cooperative (primary key): the database has the last word when two clerks try at once.
CREATE SEQUENCE wom_emp_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE wom_emp_registration (
    id             BIGINT        NOT NULL DEFAULT (NEXT VALUE FOR wom_emp_seq) PRIMARY KEY,
    person_id      BIGINT        NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    sector         VARCHAR(16)   NOT NULL,
    activity       VARCHAR(300),
    region_code    VARCHAR(6)    NOT NULL,
    province_code  VARCHAR(6)    NOT NULL,
    registered_on  DATE          NOT NULL,
    recorded_at    DATETIME(3)   NOT NULL,
    recorded_by    VARCHAR(60)   NOT NULL,
    CONSTRAINT uq_wom_emp_registration_person UNIQUE (person_id),
    CONSTRAINT ck_wom_emp_registration_kind CHECK (kind IN ('SELF_EMPLOYED', 'COOPERATIVE_MEMBER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wom_emp_registration_region ON wom_emp_registration (region_code, registered_on, id);
CREATE INDEX ix_wom_emp_registration_province ON wom_emp_registration (province_code, registered_on, id);

CREATE TABLE wom_emp_cooperative (
    id               BIGINT        NOT NULL DEFAULT (NEXT VALUE FOR wom_emp_seq) PRIMARY KEY,
    name             VARCHAR(200)  NOT NULL,
    registration_no  VARCHAR(40)   NOT NULL,
    sector           VARCHAR(16)   NOT NULL,
    region_code      VARCHAR(6)    NOT NULL,
    province_code    VARCHAR(6)    NOT NULL,
    founded_on       DATE,
    recorded_at      DATETIME(3)   NOT NULL,
    recorded_by      VARCHAR(60)   NOT NULL,
    CONSTRAINT uq_wom_emp_cooperative_registration UNIQUE (registration_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wom_emp_cooperative_region ON wom_emp_cooperative (region_code, province_code, name);

CREATE TABLE wom_emp_member (
    cooperative_id  BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL,
    joined_on       DATE         NOT NULL,
    recorded_by     VARCHAR(60)  NOT NULL,
    PRIMARY KEY (cooperative_id, person_id),
    CONSTRAINT fk_wom_emp_member_cooperative FOREIGN KEY (cooperative_id) REFERENCES wom_emp_cooperative (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wom_emp_member_person ON wom_emp_member (person_id);

-- stage: RECEIVED, then ACCEPTED / REJECTED / ACCOMPANIMENT (then ACCEPTED or REJECTED), FINANCED, LAUNCHED.
CREATE TABLE wom_emp_request (
    id               BIGINT         NOT NULL DEFAULT (NEXT VALUE FOR wom_emp_seq) PRIMARY KEY,
    person_id        BIGINT         NOT NULL,
    cooperative_id   BIGINT,
    idea             VARCHAR(1000)  NOT NULL,
    sector           VARCHAR(16)    NOT NULL,
    amount_asked     DECIMAL(12, 2) NOT NULL,
    region_code      VARCHAR(6)     NOT NULL,
    province_code    VARCHAR(6)     NOT NULL,
    received_on      DATE           NOT NULL,
    stage            VARCHAR(14)    NOT NULL,
    decided_on       DATE,
    decided_by       VARCHAR(60),
    reason           VARCHAR(500),
    adviser          VARCHAR(60),
    programme        VARCHAR(12),
    financed_amount  DECIMAL(12, 2),
    financed_on      DATE,
    version          INT            NOT NULL DEFAULT 0,
    recorded_at      DATETIME(3)    NOT NULL,
    recorded_by      VARCHAR(60)    NOT NULL,
    CONSTRAINT ck_wom_emp_request_amount CHECK (amount_asked > 0),
    CONSTRAINT ck_wom_emp_request_financed CHECK ((programme IS NULL) = (financed_amount IS NULL)
        AND (financed_amount IS NULL OR financed_amount > 0)),
    CONSTRAINT ck_wom_emp_request_stage CHECK (stage IN ('RECEIVED', 'ACCOMPANIMENT', 'ACCEPTED', 'REJECTED',
        'FINANCED', 'LAUNCHED')),
    CONSTRAINT fk_wom_emp_request_cooperative FOREIGN KEY (cooperative_id) REFERENCES wom_emp_cooperative (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wom_emp_request_region ON wom_emp_request (region_code, received_on, id);
CREATE INDEX ix_wom_emp_request_province ON wom_emp_request (province_code, received_on, id);
CREATE INDEX ix_wom_emp_request_region_stage ON wom_emp_request (region_code, stage, received_on, id);
CREATE INDEX ix_wom_emp_request_province_stage ON wom_emp_request (province_code, stage, received_on, id);
CREATE INDEX ix_wom_emp_request_day ON wom_emp_request (received_on, id);
CREATE INDEX ix_wom_emp_request_person ON wom_emp_request (person_id);
CREATE INDEX ix_wom_emp_request_adviser ON wom_emp_request (adviser);

-- The six milestones of an accompanied project, in order (position 1 to 6). A milestone is done only after
-- the one before it, and not on an earlier day; still_active is the first-year follow-up's finding.
CREATE TABLE wom_emp_milestone (
    request_id    BIGINT        NOT NULL,
    position      TINYINT       NOT NULL,
    step          VARCHAR(16)   NOT NULL,
    planned_on    DATE          NOT NULL,
    done_on       DATE,
    still_active  BOOLEAN,
    note          VARCHAR(500),
    recorded_by   VARCHAR(60)   NOT NULL,
    PRIMARY KEY (request_id, position),
    CONSTRAINT ck_wom_emp_milestone_position CHECK (position BETWEEN 1 AND 6),
    CONSTRAINT fk_wom_emp_milestone_request FOREIGN KEY (request_id) REFERENCES wom_emp_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wom_emp_milestone_open ON wom_emp_milestone (done_on, planned_on);

-- A request's papers (PDF, JPEG, PNG by their content), kept in the database, never under the web root.
CREATE TABLE wom_emp_document (
    id            BIGINT        NOT NULL DEFAULT (NEXT VALUE FOR wom_emp_seq) PRIMARY KEY,
    request_id    BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(40)   NOT NULL,
    size_bytes    INT           NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       MEDIUMBLOB    NOT NULL,
    added_at      DATETIME(3)   NOT NULL,
    added_by      VARCHAR(60)   NOT NULL,
    CONSTRAINT fk_wom_emp_document_request FOREIGN KEY (request_id) REFERENCES wom_emp_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wom_emp_document_request ON wom_emp_document (request_id);

CREATE TABLE wom_emp_training (
    id             BIGINT        NOT NULL DEFAULT (NEXT VALUE FOR wom_emp_seq) PRIMARY KEY,
    kind           VARCHAR(10)   NOT NULL,
    topic          VARCHAR(200)  NOT NULL,
    held_on        DATE          NOT NULL,
    place          VARCHAR(200)  NOT NULL,
    trainer        VARCHAR(120)  NOT NULL,
    capacity       INT           NOT NULL,
    region_code    VARCHAR(6)    NOT NULL,
    province_code  VARCHAR(6)    NOT NULL,
    recorded_at    DATETIME(3)   NOT NULL,
    recorded_by    VARCHAR(60)   NOT NULL,
    CONSTRAINT ck_wom_emp_training_capacity CHECK (capacity > 0),
    CONSTRAINT ck_wom_emp_training_kind CHECK (kind IN ('DIGITAL', 'TRADE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wom_emp_training_region ON wom_emp_training (region_code, held_on, id);
CREATE INDEX ix_wom_emp_training_province ON wom_emp_training (province_code, held_on, id);

CREATE TABLE wom_emp_seat (
    training_id    BIGINT        NOT NULL,
    person_id      BIGINT        NOT NULL,
    registered_at  DATETIME(3)   NOT NULL,
    attended       BOOLEAN       NOT NULL DEFAULT FALSE,
    recorded_by    VARCHAR(60)   NOT NULL,
    PRIMARY KEY (training_id, person_id),
    CONSTRAINT fk_wom_emp_seat_training FOREIGN KEY (training_id) REFERENCES wom_emp_training (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wom_emp_seat_person ON wom_emp_seat (person_id);
