-- Early marriage and school dropout: a flag on a child's case, the actions taken, and how it ended. One flag
-- of each kind per case (closing it keeps the row; raising it again reopens it). province_code is copied so
-- that the periodic report counts without reading the kernel's cases.
CREATE TABLE chi_flag (
    id             BIGINT        NOT NULL PRIMARY KEY,
    case_id        BIGINT        NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    level          VARCHAR(8)    NOT NULL,
    raised_on      DATE          NOT NULL,
    note           VARCHAR(1000),
    closed_on      DATE,
    outcome        VARCHAR(16),
    region_code    VARCHAR(6)    NOT NULL,
    province_code  VARCHAR(6)    NOT NULL,
    recorded_at    DATETIME(3)   NOT NULL,
    recorded_by    VARCHAR(60)   NOT NULL,
    CONSTRAINT uq_chi_flag UNIQUE (case_id, kind),
    CONSTRAINT ck_chi_flag_kind CHECK (kind IN ('EARLY_MARRIAGE', 'SCHOOL_DROPOUT')),
    CONSTRAINT ck_chi_flag_level CHECK (level IN ('RISK', 'ACTUAL'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_chi_flag_report ON chi_flag (province_code, raised_on, kind);

CREATE TABLE chi_flag_action (
    id           BIGINT        NOT NULL PRIMARY KEY,
    flag_id      BIGINT        NOT NULL,
    action       VARCHAR(24)   NOT NULL,
    done_on      DATE          NOT NULL,
    note         VARCHAR(1000),
    recorded_at  DATETIME(3)   NOT NULL,
    recorded_by  VARCHAR(60)   NOT NULL,
    CONSTRAINT fk_chi_flag_action FOREIGN KEY (flag_id) REFERENCES chi_flag (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_chi_flag_action_flag ON chi_flag_action (flag_id, done_on);

-- The provincial child-protection committee: its member institutions and their delegates.
CREATE TABLE chi_committee_member (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    region_code    VARCHAR(6)    NOT NULL,
    province_code  VARCHAR(6)    NOT NULL,
    institution    VARCHAR(200)  NOT NULL,
    delegate       VARCHAR(200)  NOT NULL,
    function_title VARCHAR(120),
    member_since   DATE          NOT NULL,
    member_until   DATE,
    recorded_at    DATETIME(3)   NOT NULL,
    recorded_by    VARCHAR(60)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_chi_committee_member ON chi_committee_member (province_code, member_until);

CREATE TABLE chi_meeting (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    region_code    VARCHAR(6)    NOT NULL,
    province_code  VARCHAR(6)    NOT NULL,
    meets_on       DATE          NOT NULL,
    place          VARCHAR(200)  NOT NULL,
    agenda         VARCHAR(2000) NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    recorded_at    DATETIME(3)   NOT NULL,
    recorded_by    VARCHAR(60)   NOT NULL,
    CONSTRAINT ck_chi_meeting_status CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_chi_meeting_province ON chi_meeting (province_code, meets_on);

CREATE TABLE chi_attendance (
    meeting_id  BIGINT   NOT NULL,
    member_id   BIGINT   NOT NULL,
    present     BOOLEAN  NOT NULL,
    PRIMARY KEY (meeting_id, member_id),
    CONSTRAINT fk_chi_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES chi_meeting (id),
    CONSTRAINT fk_chi_attendance_member FOREIGN KEY (member_id) REFERENCES chi_committee_member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A meeting's papers (agenda, attendance sheet, minutes): PDF or images, type read from the bytes.
CREATE TABLE chi_meeting_document (
    id            BIGINT        NOT NULL PRIMARY KEY,
    meeting_id    BIGINT        NOT NULL,
    kind          VARCHAR(12)   NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(60)   NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       LONGBLOB      NOT NULL,
    uploaded_at   DATETIME(3)   NOT NULL,
    uploaded_by   VARCHAR(60)   NOT NULL,
    CONSTRAINT fk_chi_meeting_document FOREIGN KEY (meeting_id) REFERENCES chi_meeting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_chi_meeting_document ON chi_meeting_document (meeting_id);

CREATE TABLE chi_decision (
    id            BIGINT        NOT NULL PRIMARY KEY,
    meeting_id    BIGINT        NOT NULL,
    decision      VARCHAR(2000) NOT NULL,
    recorded_at   DATETIME(3)   NOT NULL,
    recorded_by   VARCHAR(60)   NOT NULL,
    CONSTRAINT fk_chi_decision_meeting FOREIGN KEY (meeting_id) REFERENCES chi_meeting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_chi_decision_meeting ON chi_decision (meeting_id);

-- The provincial action plan: what each institution does, by when, and the indicator that measures it.
CREATE TABLE chi_plan_action (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    region_code    VARCHAR(6)    NOT NULL,
    province_code  VARCHAR(6)    NOT NULL,
    plan_year      SMALLINT      NOT NULL,
    action         VARCHAR(500)  NOT NULL,
    institution    VARCHAR(200)  NOT NULL,
    deadline       DATE          NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    indicator      VARCHAR(200)  NOT NULL,
    target         INT           NOT NULL,
    achieved       INT           NOT NULL DEFAULT 0,
    decision_id    BIGINT,
    recorded_at    DATETIME(3)   NOT NULL,
    recorded_by    VARCHAR(60)   NOT NULL,
    CONSTRAINT ck_chi_plan_status CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_chi_plan_action ON chi_plan_action (province_code, plan_year, deadline);

-- The periodic report reads the children identified in a province and a period, and their first measure.
CREATE INDEX ix_chi_identification_report ON chi_identification (province_code, identified_on);
CREATE INDEX ix_chi_measure_first ON chi_measure (case_id, decided_on);
CREATE INDEX ix_chi_placement_report ON chi_placement (province_code, placed_on, ended_on, kind);
CREATE INDEX ix_chi_measure_report ON chi_measure (province_code, decided_on, kind);
