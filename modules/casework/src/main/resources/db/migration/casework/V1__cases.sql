-- The case kernel shared by the social modules. A case belongs to one module (women, children...), one
-- person of the registry and one centre, whose territory it carries: every list and every opening is
-- limited by it. Persons and centres are other modules' records, referred to by id, never joined.
CREATE SEQUENCE cas_case_seq START WITH 1000 INCREMENT BY 50;

-- Ids come from sequences (blocks of 50, as the entities allocate them) so that writes are batched;
-- bulk SQL that names no id draws one from the same sequence.
CREATE SEQUENCE cas_step_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE cas_plan_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE cas_service_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE cas_follow_up_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE cas_consent_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE cas_referral_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE cas_document_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE cas_case (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    module           VARCHAR(20)  NOT NULL,
    reference        VARCHAR(24)  NOT NULL,
    person_id        BIGINT       NOT NULL,
    initials         VARCHAR(8)   NOT NULL,
    centre_id        BIGINT       NOT NULL,
    region_code      VARCHAR(6)   NOT NULL,
    province_code    VARCHAR(6)   NOT NULL,
    worker           VARCHAR(60)  NOT NULL,
    supervisor       VARCHAR(60)  NOT NULL,
    restricted       BOOLEAN      NOT NULL DEFAULT FALSE,
    step             VARCHAR(16)  NOT NULL,
    opened_on        DATE         NOT NULL,
    closed_on        DATE,
    close_reason     VARCHAR(20),
    -- kept on the case so that the supervisor's list is one indexed read, not a scan of every visit
    next_follow_up   DATE,
    referral_due     DATE,
    triage           VARCHAR(20),
    attention        VARCHAR(40),
    created_at       DATETIME(3)  NOT NULL,
    created_by       VARCHAR(60)  NOT NULL,
    updated_at       DATETIME(3),
    updated_by       VARCHAR(60),
    CONSTRAINT uq_cas_case_reference UNIQUE (reference),
    CONSTRAINT ck_cas_case_step CHECK (step IN ('REGISTERED', 'ASSESSED', 'PLAN_AGREED', 'SERVICES', 'FOLLOW_UP',
                                                'CLOSED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The case list, newest first, by territory. Each index carries every column the list's conditions read
-- (the id explicitly, so that the order stays (opened_on, id)), so a page deep in the list is found on the
-- index alone, the restriction included.
CREATE INDEX ix_cas_list_province ON cas_case (module, province_code, opened_on, id, restricted, worker, supervisor,
                                               step, triage);
CREATE INDEX ix_cas_list_region ON cas_case (module, region_code, opened_on, id, restricted, worker, supervisor,
                                             step, triage);
CREATE INDEX ix_cas_list_national ON cas_case (module, opened_on, id, restricted, worker, supervisor, step, triage);
CREATE INDEX ix_cas_supervisor ON cas_case (supervisor, module, step);
CREATE INDEX ix_cas_worker ON cas_case (worker, module, step);
CREATE INDEX ix_cas_person ON cas_case (person_id);

-- Every change of step, with who and why.
CREATE TABLE cas_step (
    id            BIGINT        NOT NULL DEFAULT (NEXT VALUE FOR cas_step_seq) PRIMARY KEY,
    case_id     BIGINT       NOT NULL,
    from_step   VARCHAR(16),
    to_step     VARCHAR(16)  NOT NULL,
    reason      VARCHAR(20),
    note        VARCHAR(500),
    at          DATETIME(3)  NOT NULL,
    by_user     VARCHAR(60)  NOT NULL,
    CONSTRAINT fk_cas_step_case FOREIGN KEY (case_id) REFERENCES cas_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The plan agreed with the person; a new version replaces the last one, which is kept.
CREATE TABLE cas_plan (
    id            BIGINT        NOT NULL DEFAULT (NEXT VALUE FOR cas_plan_seq) PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    agreed_on    DATE          NOT NULL,
    goals        VARCHAR(2000) NOT NULL,
    recorded_at  DATETIME(3)   NOT NULL,
    recorded_by  VARCHAR(60)   NOT NULL,
    CONSTRAINT fk_cas_plan_case FOREIGN KEY (case_id) REFERENCES cas_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Services given, from the module's catalogue, each signed by the worker who gave it.
CREATE TABLE cas_service (
    id            BIGINT        NOT NULL DEFAULT (NEXT VALUE FOR cas_service_seq) PRIMARY KEY,
    case_id       BIGINT       NOT NULL,
    service_code  VARCHAR(40)  NOT NULL,
    given_on      DATE         NOT NULL,
    given_by      VARCHAR(60)  NOT NULL,
    note          VARCHAR(1000),
    recorded_at   DATETIME(3)  NOT NULL,
    CONSTRAINT fk_cas_service_case FOREIGN KEY (case_id) REFERENCES cas_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_cas_service_case ON cas_service (case_id, given_on);

CREATE TABLE cas_follow_up (
    id            BIGINT        NOT NULL DEFAULT (NEXT VALUE FOR cas_follow_up_seq) PRIMARY KEY,
    case_id      BIGINT       NOT NULL,
    kind         VARCHAR(8)   NOT NULL,
    done_on      DATE         NOT NULL,
    note         VARCHAR(1000),
    next_due     DATE,
    recorded_at  DATETIME(3)  NOT NULL,
    recorded_by  VARCHAR(60)  NOT NULL,
    CONSTRAINT fk_cas_follow_up_case FOREIGN KEY (case_id) REFERENCES cas_case (id),
    CONSTRAINT ck_cas_follow_up_kind CHECK (kind IN ('VISIT', 'CALL'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_cas_follow_up_case ON cas_follow_up (case_id, done_on);

-- What the person (or a child's guardian) agreed to, or the legal ground that stands in for consent.
CREATE TABLE cas_consent (
    id            BIGINT        NOT NULL DEFAULT (NEXT VALUE FOR cas_consent_seq) PRIMARY KEY,
    case_id             BIGINT       NOT NULL,
    purpose             VARCHAR(24)  NOT NULL,
    basis               VARCHAR(24)  NOT NULL,
    given_by            VARCHAR(10)  NOT NULL,
    guardian_person_id  BIGINT,
    reference           VARCHAR(120),
    given_on            DATE         NOT NULL,
    recorded_at         DATETIME(3)  NOT NULL,
    recorded_by         VARCHAR(60)  NOT NULL,
    withdrawn_at        DATETIME(3),
    withdrawn_by        VARCHAR(60),
    CONSTRAINT fk_cas_consent_case FOREIGN KEY (case_id) REFERENCES cas_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_cas_consent_case ON cas_consent (case_id, purpose);

-- Referrals to an outside service or to another module's team. The loop is closed on the same row: the
-- sender reads what the receiver did.
CREATE TABLE cas_referral (
    id            BIGINT        NOT NULL DEFAULT (NEXT VALUE FOR cas_referral_seq) PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    case_id           BIGINT        NOT NULL,
    module            VARCHAR(20)   NOT NULL,
    target            VARCHAR(24)   NOT NULL,
    target_module     VARCHAR(20),
    target_name       VARCHAR(200),
    region_code       VARCHAR(6)    NOT NULL,
    province_code     VARCHAR(6)    NOT NULL,
    subject_person_id BIGINT        NOT NULL,
    purpose           VARCHAR(24)   NOT NULL,
    consent_id        BIGINT        NOT NULL,
    reason            VARCHAR(1000) NOT NULL,
    due_on            DATE          NOT NULL,
    status            VARCHAR(10)   NOT NULL,
    outcome           VARCHAR(1000),
    received_case_id  BIGINT,
    sent_at           DATETIME(3)   NOT NULL,
    sent_by           VARCHAR(60)   NOT NULL,
    answered_at       DATETIME(3),
    answered_by       VARCHAR(60),
    CONSTRAINT fk_cas_referral_case FOREIGN KEY (case_id) REFERENCES cas_case (id),
    CONSTRAINT fk_cas_referral_consent FOREIGN KEY (consent_id) REFERENCES cas_consent (id),
    CONSTRAINT ck_cas_referral_status CHECK (status IN ('SENT', 'RECEIVED', 'ACTED', 'REFUSED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_cas_referral_case ON cas_referral (case_id);
CREATE INDEX ix_cas_referral_inbox ON cas_referral (target_module, province_code, status);
CREATE INDEX ix_cas_referral_sent ON cas_referral (module, province_code, status, due_on);

-- What a referral carries: only the fields its purpose needs, as they were when it was sent.
CREATE TABLE cas_referral_field (
    referral_id  BIGINT        NOT NULL,
    field        VARCHAR(24)   NOT NULL,
    value        VARCHAR(1000),
    PRIMARY KEY (referral_id, field),
    CONSTRAINT fk_cas_referral_field FOREIGN KEY (referral_id) REFERENCES cas_referral (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Documents: their content in the database, never under the web root, in a table of its own so that
-- listing a case's documents never reads their bytes.
CREATE TABLE cas_document (
    id            BIGINT        NOT NULL DEFAULT (NEXT VALUE FOR cas_document_seq) PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    kind          VARCHAR(24)   NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(60)   NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    uploaded_at   DATETIME(3)   NOT NULL,
    uploaded_by   VARCHAR(60)   NOT NULL,
    CONSTRAINT fk_cas_document_case FOREIGN KEY (case_id) REFERENCES cas_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_cas_document_case ON cas_document (case_id);

CREATE TABLE cas_document_content (
    document_id  BIGINT    NOT NULL PRIMARY KEY,
    content      LONGBLOB  NOT NULL,
    CONSTRAINT fk_cas_document_content FOREIGN KEY (document_id) REFERENCES cas_document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
