-- The social centres registry. Territory columns hold the platform's codes (checked by the service, no
-- foreign key across modules); the region is stored beside the province so that scope filters use an index.
CREATE SEQUENCE cen_centre_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE cen_inspection_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE cen_upgrade_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE cen_centre (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
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
    latest_score         INT,
    latest_inspected_on  DATE,
    import_tag           CHAR(20),
    created_at           DATETIME(3)   NOT NULL,
    created_by           VARCHAR(60)   NOT NULL,
    updated_at           DATETIME(3),
    updated_by           VARCHAR(60),
    CONSTRAINT uq_cen_centre_code UNIQUE (code),
    CONSTRAINT ck_cen_centre_position CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CONSTRAINT ck_cen_centre_partner CHECK (managing_body <> 'ASSOCIATION' OR partner_name IS NOT NULL),
    CONSTRAINT ck_cen_centre_score CHECK (latest_score BETWEEN 0 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_cen_centre_region ON cen_centre (region_code, province_code, type, status);
CREATE INDEX ix_cen_centre_province ON cen_centre (province_code, type, status);
CREATE INDEX ix_cen_centre_score ON cen_centre (latest_score);
CREATE INDEX ix_cen_centre_name_fr ON cen_centre (name_fr);
CREATE INDEX ix_cen_centre_import ON cen_centre (import_tag);

CREATE TABLE cen_centre_service (
    centre_id  BIGINT       NOT NULL,
    service    VARCHAR(40)  NOT NULL,
    PRIMARY KEY (centre_id, service),
    CONSTRAINT fk_cen_service_centre FOREIGN KEY (centre_id) REFERENCES cen_centre (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Provinces a mobile social unit covers.
CREATE TABLE cen_centre_coverage (
    centre_id      BIGINT      NOT NULL,
    province_code  VARCHAR(6)  NOT NULL,
    PRIMARY KEY (centre_id, province_code),
    CONSTRAINT fk_cen_coverage_centre FOREIGN KEY (centre_id) REFERENCES cen_centre (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cen_inspection (
    id             BIGINT        NOT NULL PRIMARY KEY,
    centre_id      BIGINT        NOT NULL,
    inspected_on   DATE          NOT NULL,
    inspector      VARCHAR(160)  NOT NULL,
    building       INT           NOT NULL,
    equipment      INT           NOT NULL,
    accessibility  INT           NOT NULL,
    safety         INT           NOT NULL,
    staffing       INT           NOT NULL,
    overall        INT           NOT NULL,
    notes          VARCHAR(2000),
    recorded_by    VARCHAR(60)   NOT NULL,
    recorded_at    DATETIME(3)   NOT NULL,
    CONSTRAINT fk_cen_inspection_centre FOREIGN KEY (centre_id) REFERENCES cen_centre (id),
    CONSTRAINT ck_cen_inspection_scores CHECK (building BETWEEN 0 AND 100 AND equipment BETWEEN 0 AND 100
        AND accessibility BETWEEN 0 AND 100 AND safety BETWEEN 0 AND 100 AND staffing BETWEEN 0 AND 100
        AND overall BETWEEN 0 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_cen_inspection_centre ON cen_inspection (centre_id, inspected_on);

CREATE TABLE cen_upgrade (
    id            BIGINT         NOT NULL PRIMARY KEY,
    centre_id     BIGINT         NOT NULL,
    upgrade_year  INT            NOT NULL,
    works         VARCHAR(1000)  NOT NULL,
    cost_dirhams  DECIMAL(14, 2) NOT NULL,
    status        VARCHAR(12)    NOT NULL,
    recorded_by   VARCHAR(60)    NOT NULL,
    recorded_at   DATETIME(3)    NOT NULL,
    CONSTRAINT fk_cen_upgrade_centre FOREIGN KEY (centre_id) REFERENCES cen_centre (id),
    CONSTRAINT ck_cen_upgrade_cost CHECK (cost_dirhams >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_cen_upgrade_centre ON cen_upgrade (centre_id, upgrade_year);
