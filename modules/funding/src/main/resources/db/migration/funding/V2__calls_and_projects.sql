-- Calls for proposals, the projects submitted to them, and their evaluation.
-- Times of a call are Morocco's legal time (Africa/Casablanca), as the call's text states them.
CREATE SEQUENCE fun_call_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE fun_project_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE fun_document_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE fun_call (
    id               BIGINT         NOT NULL DEFAULT (NEXT VALUE FOR fun_call_seq) PRIMARY KEY,
    version          BIGINT         NOT NULL DEFAULT 0,
    reference        VARCHAR(30)    NOT NULL,
    title_ar         VARCHAR(300)   NOT NULL,
    title_fr         VARCHAR(300)   NOT NULL,
    domains          VARCHAR(300)   NOT NULL,
    -- empty: every province
    provinces        VARCHAR(1000)  NOT NULL,
    opens_at         DATETIME       NOT NULL,
    closes_at        DATETIME       NOT NULL,
    envelope         DECIMAL(15,2)  NOT NULL,
    ceiling          DECIMAL(13,2)  NOT NULL,
    min_years        INT            NOT NULL,
    pass_mark        INT            NOT NULL,
    tie_rule         VARCHAR(20)    NOT NULL,
    province_spread  BOOLEAN        NOT NULL,
    required_docs    VARCHAR(300)   NOT NULL,
    evaluators       VARCHAR(600)   NOT NULL,
    status           VARCHAR(10)    NOT NULL,
    decided_at       DATETIME(3),
    decided_by       VARCHAR(60),
    created_at       DATETIME(3)    NOT NULL,
    created_by       VARCHAR(60)    NOT NULL,
    updated_at       DATETIME(3)    NOT NULL,
    updated_by       VARCHAR(60)    NOT NULL,
    CONSTRAINT uq_fun_call_reference UNIQUE (reference),
    CONSTRAINT ck_fun_call_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED', 'EVALUATED', 'DECIDED')),
    CONSTRAINT ck_fun_call_window CHECK (closes_at > opens_at),
    CONSTRAINT ck_fun_call_money CHECK (envelope > 0 AND ceiling > 0 AND ceiling <= envelope)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The scoring grid: weights sum to 100 (checked when the call is saved and again when it is published).
CREATE TABLE fun_criterion (
    call_id   BIGINT        NOT NULL,
    position  INT           NOT NULL,
    label_ar  VARCHAR(200)  NOT NULL,
    label_fr  VARCHAR(200)  NOT NULL,
    weight    INT           NOT NULL,
    PRIMARY KEY (call_id, position),
    CONSTRAINT fk_fun_criterion_call FOREIGN KEY (call_id) REFERENCES fun_call (id),
    CONSTRAINT ck_fun_criterion_weight CHECK (weight BETWEEN 1 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE fun_project (
    id                BIGINT         NOT NULL DEFAULT (NEXT VALUE FOR fun_project_seq) PRIMARY KEY,
    version           BIGINT         NOT NULL DEFAULT 0,
    call_id           BIGINT         NOT NULL,
    association_id    BIGINT         NOT NULL,
    reference         VARCHAR(40)    NOT NULL,
    title             VARCHAR(300)   NOT NULL,
    domain            VARCHAR(30)    NOT NULL,
    region_code       VARCHAR(6)     NOT NULL,
    province_code     VARCHAR(6)     NOT NULL,
    components        VARCHAR(300)   NOT NULL,
    duration_months   INT            NOT NULL,
    received_at       DATETIME       NOT NULL,
    total_budget      DECIMAL(13,2)  NOT NULL,
    own_contribution  DECIMAL(13,2)  NOT NULL,
    amount_requested  DECIMAL(13,2)  NOT NULL,
    status            VARCHAR(12)    NOT NULL,
    -- frozen with the decision
    score             DECIMAL(5,2),
    ranking           INT,
    rejection         VARCHAR(20),
    rejection_note    VARCHAR(500),
    created_at        DATETIME(3)    NOT NULL,
    created_by        VARCHAR(60)    NOT NULL,
    updated_at        DATETIME(3)    NOT NULL,
    updated_by        VARCHAR(60)    NOT NULL,
    CONSTRAINT uq_fun_project_reference UNIQUE (reference),
    CONSTRAINT fk_fun_project_call FOREIGN KEY (call_id) REFERENCES fun_call (id),
    CONSTRAINT fk_fun_project_association FOREIGN KEY (association_id) REFERENCES fun_association (id),
    CONSTRAINT ck_fun_project_status CHECK (status IN ('SUBMITTED', 'SELECTED', 'REJECTED', 'WITHDRAWN')),
    CONSTRAINT ck_fun_project_money CHECK (amount_requested > 0 AND own_contribution >= 0
        AND amount_requested + own_contribution = total_budget)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_fun_project_call ON fun_project (call_id, province_code, id);
CREATE INDEX ix_fun_project_province ON fun_project (province_code, id);
CREATE INDEX ix_fun_project_association ON fun_project (association_id);

-- Budget lines: what the line costs and what the association pays itself; the ministry is asked the rest.
CREATE TABLE fun_budget_line (
    project_id        BIGINT         NOT NULL,
    position          INT            NOT NULL,
    label             VARCHAR(200)   NOT NULL,
    total             DECIMAL(13,2)  NOT NULL,
    own_contribution  DECIMAL(13,2)  NOT NULL,
    PRIMARY KEY (project_id, position),
    CONSTRAINT fk_fun_budget_line_project FOREIGN KEY (project_id) REFERENCES fun_project (id),
    CONSTRAINT ck_fun_budget_line CHECK (total > 0 AND own_contribution >= 0 AND own_contribution <= total)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE fun_project_target (
    project_id  BIGINT       NOT NULL,
    category    VARCHAR(30)  NOT NULL,
    people      INT          NOT NULL,
    PRIMARY KEY (project_id, category),
    CONSTRAINT fk_fun_project_target_project FOREIGN KEY (project_id) REFERENCES fun_project (id),
    CONSTRAINT ck_fun_project_target CHECK (people > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Files of the module (a project's documents, an association's legal papers, receipts), type read from the bytes.
CREATE TABLE fun_document (
    id            BIGINT        NOT NULL DEFAULT (NEXT VALUE FOR fun_document_seq) PRIMARY KEY,
    owner_kind    VARCHAR(12)   NOT NULL,
    owner_id      BIGINT        NOT NULL,
    kind          VARCHAR(30)   NOT NULL,
    file_name     VARCHAR(160)  NOT NULL,
    content_type  VARCHAR(60)   NOT NULL,
    size_bytes    INT           NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       MEDIUMBLOB    NOT NULL,
    added_at      DATETIME(3)   NOT NULL,
    added_by      VARCHAR(60)   NOT NULL,
    CONSTRAINT ck_fun_document_owner CHECK (owner_kind IN ('PROJECT', 'ASSOCIATION', 'EXPENSE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_fun_document_owner ON fun_document (owner_kind, owner_id);

-- Before scoring a project, an evaluator declares whether she has a conflict of interest with it.
CREATE TABLE fun_declaration (
    project_id   BIGINT        NOT NULL,
    evaluator    VARCHAR(60)   NOT NULL,
    conflict     BOOLEAN       NOT NULL,
    note         VARCHAR(500),
    declared_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (project_id, evaluator),
    CONSTRAINT fk_fun_declaration_project FOREIGN KEY (project_id) REFERENCES fun_project (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE fun_score (
    project_id  BIGINT       NOT NULL,
    evaluator   VARCHAR(60)  NOT NULL,
    position    INT          NOT NULL,
    points      INT          NOT NULL,
    scored_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (project_id, evaluator, position),
    CONSTRAINT fk_fun_score_declaration FOREIGN KEY (project_id, evaluator)
        REFERENCES fun_declaration (project_id, evaluator),
    CONSTRAINT ck_fun_score_points CHECK (points >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The committee's changes to the proposed selection, each with its written justification.
CREATE TABLE fun_override (
    project_id     BIGINT        NOT NULL PRIMARY KEY,
    selected       BOOLEAN       NOT NULL,
    justification  VARCHAR(1000) NOT NULL,
    decided_at     DATETIME(3)   NOT NULL,
    decided_by     VARCHAR(60)   NOT NULL,
    CONSTRAINT fk_fun_override_project FOREIGN KEY (project_id) REFERENCES fun_project (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
