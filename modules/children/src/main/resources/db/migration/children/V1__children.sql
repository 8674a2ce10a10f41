-- The children's module ("Awladna"): what it adds to the kernel's cases (cas_), never a copy of them. A
-- child case is a kernel case of module 'children'; these tables hang off its id. Ids come from sequences.
CREATE SEQUENCE chi_seq START WITH 1000 INCREMENT BY 1;

-- How the child came to the mechanism. adult_on (the 18th birthday, copied from the registry at
-- identification) lets the transition list be one indexed read.
CREATE TABLE chi_identification (
    case_id          BIGINT        NOT NULL PRIMARY KEY,
    identified_on    DATE          NOT NULL,
    source           VARCHAR(24)   NOT NULL,
    source_detail    VARCHAR(200),
    situations       VARCHAR(200)  NOT NULL,
    immediate_danger BOOLEAN       NOT NULL,
    account          VARCHAR(2000),
    sex              VARCHAR(8),
    birth_date       DATE,
    adult_on         DATE          NOT NULL,
    region_code      VARCHAR(6)    NOT NULL,
    province_code    VARCHAR(6)    NOT NULL,
    -- an immediate danger asks for an emergency measure before this moment
    emergency_due    DATETIME(3),
    emergency_met_at DATETIME(3),
    transition_kind  VARCHAR(12),
    transition_on    DATE,
    transition_note  VARCHAR(500),
    recorded_at      DATETIME(3)   NOT NULL,
    recorded_by      VARCHAR(60)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_chi_identification_adult ON chi_identification (province_code, adult_on);
CREATE INDEX ix_chi_identification_emergency ON chi_identification (emergency_due, emergency_met_at);

-- Persons of the registry named as alleged abusers: never asked for consent, never informed.
CREATE TABLE chi_alleged_abuser (
    case_id    BIGINT  NOT NULL,
    person_id  BIGINT  NOT NULL,
    PRIMARY KEY (case_id, person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_chi_alleged_abuser_person ON chi_alleged_abuser (person_id);

-- The best-interest assessment: a concern level per domain, and the danger it adds up to.
CREATE TABLE chi_assessment (
    id               BIGINT        NOT NULL PRIMARY KEY,
    case_id          BIGINT        NOT NULL,
    assessed_on      DATE          NOT NULL,
    safety           TINYINT       NOT NULL,
    health           TINYINT       NOT NULL,
    education        TINYINT       NOT NULL,
    family           TINYINT       NOT NULL,
    legal_status     TINYINT       NOT NULL,
    immediate_danger BOOLEAN       NOT NULL,
    danger           VARCHAR(10)   NOT NULL,
    notes            VARCHAR(2000),
    recorded_at      DATETIME(3)   NOT NULL,
    recorded_by      VARCHAR(60)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_chi_assessment_case ON chi_assessment (case_id, assessed_on);

-- The life project: goals by domain, the actions that serve them, and its reviews. review_due_on is set
-- when a measure or a placement changes and cleared by a review dated on or after it.
CREATE TABLE chi_project (
    case_id            BIGINT       NOT NULL PRIMARY KEY,
    review_due_on      DATE,
    review_due_reason  VARCHAR(24)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE chi_goal (
    id           BIGINT        NOT NULL PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    domain       VARCHAR(24)   NOT NULL,
    goal         VARCHAR(1000) NOT NULL,
    target_on    DATE,
    recorded_at  DATETIME(3)   NOT NULL,
    recorded_by  VARCHAR(60)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_chi_goal_case ON chi_goal (case_id);

CREATE TABLE chi_action (
    id           BIGINT        NOT NULL PRIMARY KEY,
    goal_id      BIGINT        NOT NULL,
    case_id      BIGINT        NOT NULL,
    action       VARCHAR(1000) NOT NULL,
    done_by      VARCHAR(200)  NOT NULL,
    due_on       DATE          NOT NULL,
    done_on      DATE,
    recorded_at  DATETIME(3)   NOT NULL,
    recorded_by  VARCHAR(60)   NOT NULL,
    CONSTRAINT fk_chi_action_goal FOREIGN KEY (goal_id) REFERENCES chi_goal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_chi_action_case ON chi_action (case_id);

CREATE TABLE chi_review (
    id              BIGINT        NOT NULL PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    reviewed_on     DATE          NOT NULL,
    outcome         VARCHAR(2000) NOT NULL,
    next_review_on  DATE,
    recorded_at     DATETIME(3)   NOT NULL,
    recorded_by     VARCHAR(60)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_chi_review_case ON chi_review (case_id, reviewed_on);

-- Protection measures decided by a juvenile judge or the prosecutor.
CREATE TABLE chi_measure (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    case_id             BIGINT        NOT NULL,
    kind                VARCHAR(32)   NOT NULL,
    decided_by          VARCHAR(16)   NOT NULL,
    decision_reference  VARCHAR(120)  NOT NULL,
    decided_on          DATE          NOT NULL,
    duration_months     INT           NOT NULL,
    review_on           DATE          NOT NULL,
    last_reviewed_on    DATE,
    last_review         VARCHAR(1000),
    ended_on            DATE,
    province_code       VARCHAR(6)    NOT NULL,
    region_code         VARCHAR(6)    NOT NULL,
    recorded_at         DATETIME(3)   NOT NULL,
    recorded_by         VARCHAR(60)   NOT NULL,
    CONSTRAINT ck_chi_measure_duration CHECK (duration_months > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_chi_measure_case ON chi_measure (case_id);
CREATE INDEX ix_chi_measure_review ON chi_measure (province_code, ended_on, review_on);

-- Foster families: approved households that take children in, within their capacity.
CREATE TABLE chi_foster_family (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL DEFAULT 0,
    reference           VARCHAR(24)   NOT NULL,
    family_name         VARCHAR(200)  NOT NULL,
    guardian_person_id  BIGINT,
    address             VARCHAR(500),
    phone               VARCHAR(30),
    region_code         VARCHAR(6)    NOT NULL,
    province_code       VARCHAR(6)    NOT NULL,
    approved_on         DATE,
    approval_reference  VARCHAR(120),
    capacity            INT           NOT NULL,
    trained_on          DATE,
    status              VARCHAR(12)   NOT NULL,
    recorded_at         DATETIME(3)   NOT NULL,
    recorded_by         VARCHAR(60)   NOT NULL,
    CONSTRAINT uq_chi_foster_family_reference UNIQUE (reference),
    CONSTRAINT ck_chi_foster_family_capacity CHECK (capacity BETWEEN 1 AND 12)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_chi_foster_family_province ON chi_foster_family (province_code, status);

-- Who holds placed children: an institution (a centre of the registry) or a foster family. The count of
-- places taken moves only by a conditional update, so that two placements never take the last place twice.
CREATE TABLE chi_holder (
    kind           VARCHAR(14)  NOT NULL,
    holder_id      BIGINT       NOT NULL,
    places         INT          NOT NULL,
    occupied       INT          NOT NULL,
    PRIMARY KEY (kind, holder_id),
    CONSTRAINT ck_chi_holder_occupied CHECK (occupied >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE chi_placement (
    id             BIGINT        NOT NULL PRIMARY KEY,
    case_id        BIGINT        NOT NULL,
    measure_id     BIGINT,
    kind           VARCHAR(14)   NOT NULL,
    holder_id      BIGINT,
    placed_on      DATE          NOT NULL,
    ended_on       DATE,
    end_note       VARCHAR(500),
    province_code  VARCHAR(6)    NOT NULL,
    recorded_at    DATETIME(3)   NOT NULL,
    recorded_by    VARCHAR(60)   NOT NULL,
    CONSTRAINT fk_chi_placement_measure FOREIGN KEY (measure_id) REFERENCES chi_measure (id),
    CONSTRAINT ck_chi_placement_kind CHECK (kind IN ('INSTITUTION', 'FOSTER_FAMILY', 'FAMILY_RETURN'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_chi_placement_case ON chi_placement (case_id);
CREATE INDEX ix_chi_placement_holder ON chi_placement (kind, holder_id, ended_on);

-- Visits: to a placed child, to a child back in the family (reunification follow-up), to a foster family.
CREATE TABLE chi_visit (
    id            BIGINT        NOT NULL PRIMARY KEY,
    placement_id  BIGINT,
    family_id     BIGINT,
    visited_on    DATE          NOT NULL,
    note          VARCHAR(1000) NOT NULL,
    recorded_at   DATETIME(3)   NOT NULL,
    recorded_by   VARCHAR(60)   NOT NULL,
    CONSTRAINT fk_chi_visit_placement FOREIGN KEY (placement_id) REFERENCES chi_placement (id),
    CONSTRAINT fk_chi_visit_family FOREIGN KEY (family_id) REFERENCES chi_foster_family (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_chi_visit_placement ON chi_visit (placement_id);
CREATE INDEX ix_chi_visit_family ON chi_visit (family_id);
