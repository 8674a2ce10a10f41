-- The annual centre-upgrade programme: a year's settings, its allocation per region, the plan's lines
-- (one per centre and year) with the follow-up of the works, the swaps made in review, and documents.
-- Centres are referred to by id without a foreign key: cen_ tables belong to the centres module.

CREATE TABLE upg_programme (
    programme_year   INT            NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL DEFAULT 0,
    target           INT            NOT NULL,
    budget           DECIMAL(16, 2) NOT NULL,
    min_per_region   INT            NOT NULL,
    recent_years     INT            NOT NULL,
    w_condition      INT            NOT NULL,
    w_served         INT            NOT NULL,
    w_waiting        INT            NOT NULL,
    w_rural          INT            NOT NULL,
    w_group          INT            NOT NULL,
    status           VARCHAR(10)    NOT NULL,
    execution_id     BIGINT,
    planned_at       DATETIME(3),
    approved_at      DATETIME(3),
    approved_by      VARCHAR(60),
    created_at       DATETIME(3)    NOT NULL,
    created_by       VARCHAR(60)    NOT NULL,
    CONSTRAINT ck_upg_programme_target CHECK (target > 0),
    CONSTRAINT ck_upg_programme_budget CHECK (budget > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE upg_unit_cost (
    programme_year INT            NOT NULL,
    centre_type    VARCHAR(40)    NOT NULL,
    cost           DECIMAL(14, 2) NOT NULL,
    PRIMARY KEY (programme_year, centre_type),
    CONSTRAINT fk_upg_unit_cost_programme FOREIGN KEY (programme_year) REFERENCES upg_programme (programme_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE upg_region (
    programme_year     INT            NOT NULL,
    region_code        VARCHAR(6)     NOT NULL,
    version            BIGINT         NOT NULL DEFAULT 0,
    centres            BIGINT         NOT NULL,
    eligible           BIGINT         NOT NULL,
    not_inspected      BIGINT         NOT NULL,
    recently_upgraded  BIGINT         NOT NULL,
    not_open           BIGINT         NOT NULL,
    quota              INT            NOT NULL,
    budget             DECIMAL(16, 2) NOT NULL,
    chosen             INT,
    budget_used        DECIMAL(16, 2),
    over_budget        INT,
    planned_at         DATETIME(3),
    submitted_at       DATETIME(3),
    submitted_by       VARCHAR(60),
    PRIMARY KEY (programme_year, region_code),
    CONSTRAINT fk_upg_region_programme FOREIGN KEY (programme_year) REFERENCES upg_programme (programme_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE upg_line (
    programme_year  INT            NOT NULL,
    centre_id       BIGINT         NOT NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    region_code     VARCHAR(6)     NOT NULL,
    province_code   VARCHAR(6)     NOT NULL,
    centre_code     VARCHAR(20)    NOT NULL,
    name_ar         VARCHAR(160)   NOT NULL,
    name_fr         VARCHAR(160)   NOT NULL,
    centre_type     VARCHAR(40)    NOT NULL,
    area            VARCHAR(5)     NOT NULL,
    latest_score    INT            NOT NULL,
    region_rank     INT            NOT NULL,
    score           DECIMAL(5, 2)  NOT NULL,
    p_condition     DECIMAL(5, 4)  NOT NULL,
    p_served        DECIMAL(5, 4)  NOT NULL,
    p_waiting       DECIMAL(5, 4)  NOT NULL,
    p_rural         DECIMAL(5, 4)  NOT NULL,
    p_group         DECIMAL(5, 4)  NOT NULL,
    estimated_cost  DECIMAL(14, 2) NOT NULL,
    status          VARCHAR(12)    NOT NULL,
    swapped_in      BOOLEAN        NOT NULL DEFAULT FALSE,
    works_status    VARCHAR(10)    NOT NULL DEFAULT 'PLANNED',
    ordered_on      DATE,
    contractor      VARCHAR(160),
    started_on      DATE,
    finished_on     DATE,
    actual_cost     DECIMAL(14, 2),
    received_on     DATE,
    updated_at      DATETIME(3),
    updated_by      VARCHAR(60),
    PRIMARY KEY (programme_year, centre_id),
    CONSTRAINT fk_upg_line_region FOREIGN KEY (programme_year, region_code) REFERENCES upg_region (programme_year, region_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_upg_line_region ON upg_line (programme_year, region_code, status, region_rank);

CREATE TABLE upg_swap (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    programme_year  INT            NOT NULL,
    region_code     VARCHAR(6)     NOT NULL,
    out_centre_id   BIGINT         NOT NULL,
    in_centre_id    BIGINT         NOT NULL,
    justification   VARCHAR(1000)  NOT NULL,
    swapped_by      VARCHAR(60)    NOT NULL,
    swapped_at      DATETIME(3)    NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE upg_document (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    programme_year  INT            NOT NULL,
    centre_id       BIGINT         NOT NULL,
    file_name       VARCHAR(200)   NOT NULL,
    content_type    VARCHAR(100)   NOT NULL,
    size_bytes      INT            NOT NULL,
    content         LONGBLOB       NOT NULL,
    uploaded_by     VARCHAR(60)    NOT NULL,
    uploaded_at     DATETIME(3)    NOT NULL,
    CONSTRAINT fk_upg_document_line FOREIGN KEY (programme_year, centre_id) REFERENCES upg_line (programme_year, centre_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
