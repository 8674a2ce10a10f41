-- The women's module: what it adds to the kernel's cases (cas_ tables, never named here). Case ids,
-- person ids and centre ids are other modules' records, referred to by id.
-- Ids come from sequences (blocks of 50, as the entities allocate them) so that writes are batched;
-- bulk SQL that names no id draws one from the same sequence.
CREATE SEQUENCE wom_call_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE wom_risk_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE wom_safety_plan_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE wom_stay_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE wom_waiting_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE wom_intake (
    case_id       BIGINT       NOT NULL PRIMARY KEY,
    intake_on     DATE         NOT NULL,
    channel       VARCHAR(16)  NOT NULL,
    kinds         VARCHAR(80)  NOT NULL,
    perpetrator   VARCHAR(16)  NOT NULL,
    needs         VARCHAR(160),
    call_id       BIGINT,
    region_code   VARCHAR(6)   NOT NULL,
    province_code VARCHAR(6)   NOT NULL,
    recorded_at   DATETIME(3)  NOT NULL,
    recorded_by   VARCHAR(60)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wom_intake_province ON wom_intake (province_code, intake_on);
CREATE INDEX ix_wom_intake_region ON wom_intake (region_code, intake_on);

-- The children who came with her: persons of the registry.
CREATE TABLE wom_intake_child (
    case_id    BIGINT  NOT NULL,
    person_id  BIGINT  NOT NULL,
    PRIMARY KEY (case_id, person_id),
    CONSTRAINT fk_wom_intake_child FOREIGN KEY (case_id) REFERENCES wom_intake (case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wom_intake_child_person ON wom_intake_child (person_id);

-- A listening call (telephone line, remote listening): what is needed to act, no name required.
CREATE TABLE wom_call (
    id            BIGINT        NOT NULL DEFAULT (NEXT VALUE FOR wom_call_seq) PRIMARY KEY,
    centre_id      BIGINT        NOT NULL,
    region_code    VARCHAR(6)    NOT NULL,
    province_code  VARCHAR(6)    NOT NULL,
    called_at      DATETIME(3)   NOT NULL,
    channel        VARCHAR(16)   NOT NULL,
    kinds          VARCHAR(80),
    danger         BOOLEAN       NOT NULL,
    needs          VARCHAR(160),
    summary        VARCHAR(1000) NOT NULL,
    action_taken   VARCHAR(1000),
    case_id        BIGINT,
    recorded_at    DATETIME(3)   NOT NULL,
    recorded_by    VARCHAR(60)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wom_call_province ON wom_call (province_code, called_at);

-- Risk assessments: the checklist's answers (codes), the score and the level, kept with their date.
CREATE TABLE wom_risk (
    id            BIGINT        NOT NULL DEFAULT (NEXT VALUE FOR wom_risk_seq) PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    assessed_on  DATE          NOT NULL,
    answers      VARCHAR(400)  NOT NULL,
    score        INT           NOT NULL,
    level        VARCHAR(16)   NOT NULL,
    recorded_at  DATETIME(3)   NOT NULL,
    recorded_by  VARCHAR(60)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wom_risk_case ON wom_risk (case_id, id);

CREATE TABLE wom_safety_plan (
    id            BIGINT        NOT NULL DEFAULT (NEXT VALUE FOR wom_safety_plan_seq) PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    agreed_on    DATE          NOT NULL,
    measures     VARCHAR(2000) NOT NULL,
    recorded_at  DATETIME(3)   NOT NULL,
    recorded_by  VARCHAR(60)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wom_safety_plan_case ON wom_safety_plan (case_id, id);

-- A shelter's beds and how many are taken: one row per shelter centre, the counter that two admissions
-- into the last bed race for (a conditional update: only one of them finds a free bed).
CREATE TABLE wom_shelter (
    centre_id      BIGINT      NOT NULL PRIMARY KEY,
    region_code    VARCHAR(6)  NOT NULL,
    province_code  VARCHAR(6)  NOT NULL,
    beds           INT         NOT NULL,
    occupied       INT         NOT NULL DEFAULT 0,
    CONSTRAINT ck_wom_shelter_beds CHECK (occupied >= 0 AND occupied <= beds)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wom_shelter_province ON wom_shelter (province_code);

CREATE TABLE wom_stay (
    id            BIGINT        NOT NULL DEFAULT (NEXT VALUE FOR wom_stay_seq) PRIMARY KEY,
    case_id        BIGINT       NOT NULL,
    centre_id      BIGINT       NOT NULL,
    admitted_on    DATE         NOT NULL,
    discharged_on  DATE,
    admitted_by    VARCHAR(60)  NOT NULL,
    discharged_by  VARCHAR(60),
    CONSTRAINT fk_wom_stay_shelter FOREIGN KEY (centre_id) REFERENCES wom_shelter (centre_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wom_stay_case ON wom_stay (case_id);
CREATE INDEX ix_wom_stay_centre ON wom_stay (centre_id, discharged_on);

CREATE TABLE wom_waiting (
    id            BIGINT        NOT NULL DEFAULT (NEXT VALUE FOR wom_waiting_seq) PRIMARY KEY,
    case_id     BIGINT       NOT NULL,
    centre_id   BIGINT       NOT NULL,
    since       DATETIME(3)  NOT NULL,
    status      VARCHAR(10)  NOT NULL,
    added_by    VARCHAR(60)  NOT NULL,
    CONSTRAINT fk_wom_waiting_shelter FOREIGN KEY (centre_id) REFERENCES wom_shelter (centre_id),
    CONSTRAINT ck_wom_waiting_status CHECK (status IN ('WAITING', 'ADMITTED', 'CANCELLED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wom_waiting_centre ON wom_waiting (centre_id, status, since);
