-- The centres of an import wait here, tagged with the import's id, until the whole file is saved; then
-- one INSERT ... SELECT per table copies them into the registry. Nothing reads these tables but the
-- import itself, so no list, map, export, count or upgrade programme sees a centre of an unfinished
-- import, and taking a failed import back never touches a centre someone may have inspected or planned.
-- Ids come from cen_centre_seq, so a centre keeps the id it was staged with.
CREATE TABLE cen_centre_import (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    import_tag           CHAR(20)      NOT NULL,
    code                 VARCHAR(20)   NOT NULL,
    name_ar              VARCHAR(160)  NOT NULL,
    name_fr              VARCHAR(160)  NOT NULL,
    type                 VARCHAR(40)   NOT NULL,
    region_code          VARCHAR(6)    NOT NULL,
    province_code        VARCHAR(6)    NOT NULL,
    area                 VARCHAR(5)    NOT NULL,
    address              VARCHAR(300),
    latitude             DECIMAL(9, 6),
    longitude            DECIMAL(9, 6),
    managing_body        VARCHAR(20)   NOT NULL,
    partner_name         VARCHAR(160),
    opened_on            DATE,
    status               VARCHAR(10)   NOT NULL,
    places               INT,
    beds                 INT,
    staff_total          INT,
    staff_professional   INT,
    created_at           DATETIME(3)   NOT NULL,
    created_by           VARCHAR(60)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_cen_centre_import_tag ON cen_centre_import (import_tag);

CREATE TABLE cen_centre_service_import (
    import_tag  CHAR(20)     NOT NULL,
    centre_id   BIGINT       NOT NULL,
    service     VARCHAR(40)  NOT NULL,
    PRIMARY KEY (centre_id, service)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_cen_service_import_tag ON cen_centre_service_import (import_tag);

CREATE TABLE cen_centre_coverage_import (
    import_tag     CHAR(20)    NOT NULL,
    centre_id      BIGINT      NOT NULL,
    province_code  VARCHAR(6)  NOT NULL,
    PRIMARY KEY (centre_id, province_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_cen_coverage_import_tag ON cen_centre_coverage_import (import_tag);
