-- The persons registry. Name keys (see PersonNames) are stored so that duplicate candidates are
-- found through an index, not by comparing a million names. A merged person keeps its row and points
-- to the person it was merged into, so that an old reference still leads somewhere.
CREATE SEQUENCE ppl_person_seq START WITH 100 INCREMENT BY 100;

CREATE TABLE ppl_person (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL DEFAULT 0,
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
    merged_into           BIGINT,
    import_tag            CHAR(20),
    created_at            DATETIME(3)   NOT NULL,
    created_by            VARCHAR(60)   NOT NULL,
    updated_at            DATETIME(3),
    updated_by            VARCHAR(60),
    CONSTRAINT uq_ppl_person_cin UNIQUE (cin),
    CONSTRAINT fk_ppl_person_merged FOREIGN KEY (merged_into) REFERENCES ppl_person (id),
    CONSTRAINT ck_ppl_person_sex CHECK (sex IN ('FEMALE', 'MALE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The list: filter by territory, sort by family name; InnoDB appends the id to every index, so
-- paging reads the index alone and fetches only the rows on screen.
CREATE INDEX ix_ppl_list_province ON ppl_person (province_code, merged_into, last_name_lat, first_name_lat);
CREATE INDEX ix_ppl_list_province_ar ON ppl_person (province_code, merged_into, last_name_ar, first_name_ar);
CREATE INDEX ix_ppl_list_region ON ppl_person (region_code, merged_into, last_name_lat, first_name_lat);
CREATE INDEX ix_ppl_list_national ON ppl_person (merged_into, last_name_lat, first_name_lat);
-- Duplicate candidates.
CREATE INDEX ix_ppl_dup_latin ON ppl_person (province_code, last_key, first_key, birth_year);
CREATE INDEX ix_ppl_dup_arabic ON ppl_person (province_code, last_key_ar, first_key_ar, birth_year);
CREATE INDEX ix_ppl_import ON ppl_person (import_tag);

-- A child's legal guardians (other persons).
CREATE TABLE ppl_guardian (
    child_id     BIGINT       NOT NULL,
    guardian_id  BIGINT       NOT NULL,
    relation     VARCHAR(16)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    created_by   VARCHAR(60)  NOT NULL,
    PRIMARY KEY (child_id, guardian_id),
    CONSTRAINT fk_ppl_guardian_child FOREIGN KEY (child_id) REFERENCES ppl_person (id),
    CONSTRAINT fk_ppl_guardian_guardian FOREIGN KEY (guardian_id) REFERENCES ppl_person (id),
    CONSTRAINT ck_ppl_guardian_self CHECK (child_id <> guardian_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_ppl_guardian_guardian ON ppl_guardian (guardian_id);
