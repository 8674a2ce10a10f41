-- The persons of an import wait here, tagged with the import's id, until the whole file is saved; then
-- one statement copies them into ppl_person. Nothing reads this table but the import itself, so no
-- list, search, duplicate check, count, export or link can see (or point to) a person of an unfinished
-- import, and taking a failed import back never touches a row someone may have used. Ids come from
-- ppl_person_seq, so a person keeps the id it was staged with. No index but the tag's: a staged row
-- pays the registry's indexes once, when it is published.
CREATE TABLE ppl_person_import (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    import_tag            CHAR(20)      NOT NULL,
    first_name_ar         VARCHAR(80)   NOT NULL,
    last_name_ar          VARCHAR(80)   NOT NULL,
    first_name_lat        VARCHAR(80)   NOT NULL,
    last_name_lat         VARCHAR(80)   NOT NULL,
    first_key             VARCHAR(80)   NOT NULL,
    last_key              VARCHAR(80)   NOT NULL,
    first_key_ar          VARCHAR(80)   NOT NULL,
    last_key_ar           VARCHAR(80)   NOT NULL,
    sex                   CHAR(6)       NOT NULL,
    birth_date            DATE,
    birth_year            SMALLINT      NOT NULL,
    birth_estimated       BOOLEAN       NOT NULL,
    cin                   VARCHAR(8),
    phone                 VARCHAR(16),
    address               VARCHAR(300),
    region_code           VARCHAR(6)    NOT NULL,
    province_code         VARCHAR(6)    NOT NULL,
    created_at            DATETIME(3)   NOT NULL,
    created_by            VARCHAR(60)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_ppl_person_import_tag ON ppl_person_import (import_tag);

-- Lines of an import that may be persons already registered (or repeat an earlier line of the file):
-- held for a person to decide, never saved silently. The line's data as read; the candidates found when
-- the file was checked. STAGED until the import is published (then OPEN); decided: EXISTING (the line is
-- that person, nothing created) or CREATED (registered as a new person).
CREATE TABLE ppl_import_hold (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    import_tag            CHAR(20)      NOT NULL,
    line_number           BIGINT        NOT NULL,
    state                 VARCHAR(8)    NOT NULL,
    first_name_ar         VARCHAR(80)   NOT NULL,
    last_name_ar          VARCHAR(80)   NOT NULL,
    first_name_lat        VARCHAR(80)   NOT NULL,
    last_name_lat         VARCHAR(80)   NOT NULL,
    sex                   CHAR(6)       NOT NULL,
    birth_date            DATE,
    estimated_birth_year  SMALLINT,
    cin                   VARCHAR(20),
    phone                 VARCHAR(30),
    address               VARCHAR(300),
    region_code           VARCHAR(6)    NOT NULL,
    province_code         VARCHAR(6)    NOT NULL,
    candidate_ids         VARCHAR(500)  NOT NULL,
    similar_lines         VARCHAR(500)  NOT NULL,
    person_id             BIGINT,
    decided_by            VARCHAR(60),
    decided_at            DATETIME(3),
    CONSTRAINT uq_ppl_import_hold_line UNIQUE (import_tag, line_number),
    CONSTRAINT ck_ppl_import_hold_state CHECK (state IN ('STAGED', 'OPEN', 'EXISTING', 'CREATED')),
    CONSTRAINT ck_ppl_import_hold_decided CHECK ((state IN ('EXISTING', 'CREATED')) = (person_id IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
