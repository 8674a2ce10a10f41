-- Salama health kits: received by a region's store, moved between regions, allocated to centres and
-- partner associations, distributed by them to women by category. Every change of stock is a movement,
-- never edited: a mistake is undone by a REVERSAL movement (reverses_id, once only). The stock table holds
-- the balance each movement leaves; its check constraint is the last word on "never below zero", and the
-- services take kits out with a conditional update, so two distributions of the last kits cannot both pass.
CREATE SEQUENCE wom_kit_movement_seq START WITH 1000 INCREMENT BY 1;

-- holder_type REGION (holder_key = region code), CENTRE or ASSOCIATION (holder_key = its id).
CREATE TABLE wom_kit_stock (
    holder_type    VARCHAR(12)  NOT NULL,
    holder_key     VARCHAR(20)  NOT NULL,
    kit_kind       VARCHAR(12)  NOT NULL,
    region_code    VARCHAR(6)   NOT NULL,
    province_code  VARCHAR(6),
    quantity       INT          NOT NULL,
    PRIMARY KEY (holder_type, holder_key, kit_kind),
    CONSTRAINT ck_wom_kit_stock_never_negative CHECK (quantity >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wom_kit_stock_territory ON wom_kit_stock (region_code, province_code);

-- region_code / province_code: where the movement is seen from (its source holder; a receipt's store);
-- to_region_code / to_province_code: its destination's, so the receiving territory sees it too.
CREATE TABLE wom_kit_movement (
    id               BIGINT        NOT NULL DEFAULT (NEXT VALUE FOR wom_kit_movement_seq) PRIMARY KEY,
    kind             VARCHAR(12)   NOT NULL,
    kit_kind         VARCHAR(12)   NOT NULL,
    quantity         INT           NOT NULL,
    moved_on         DATE          NOT NULL,
    from_type        VARCHAR(12),
    from_key         VARCHAR(20),
    to_type          VARCHAR(12),
    to_key           VARCHAR(20),
    region_code      VARCHAR(6)    NOT NULL,
    province_code    VARCHAR(6),
    to_region_code   VARCHAR(6),
    to_province_code VARCHAR(6),
    source           VARCHAR(12),
    reference        VARCHAR(60),
    note             VARCHAR(500),
    reverses_id      BIGINT,
    recorded_at      DATETIME(3)   NOT NULL,
    recorded_by      VARCHAR(60)   NOT NULL,
    CONSTRAINT ck_wom_kit_movement_quantity CHECK (quantity > 0),
    CONSTRAINT ck_wom_kit_movement_kind CHECK (kind IN ('RECEIPT', 'TRANSFER', 'ALLOCATION', 'DISTRIBUTION',
        'REVERSAL')),
    CONSTRAINT ck_wom_kit_movement_reversal CHECK ((kind = 'REVERSAL') = (reverses_id IS NOT NULL)),
    CONSTRAINT uq_wom_kit_movement_reverses UNIQUE (reverses_id),
    CONSTRAINT fk_wom_kit_movement_reverses FOREIGN KEY (reverses_id) REFERENCES wom_kit_movement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wom_kit_movement_region ON wom_kit_movement (region_code, moved_on, id);
CREATE INDEX ix_wom_kit_movement_to_region ON wom_kit_movement (to_region_code, moved_on, id);
CREATE INDEX ix_wom_kit_movement_day ON wom_kit_movement (moved_on, id);

-- What a distribution gave, by category; a line with a person is one kit to a woman of the registry.
CREATE TABLE wom_kit_given (
    movement_id  BIGINT       NOT NULL,
    line_no      INT          NOT NULL,
    category     VARCHAR(16)  NOT NULL,
    quantity     INT          NOT NULL,
    person_id    BIGINT,
    PRIMARY KEY (movement_id, line_no),
    CONSTRAINT ck_wom_kit_given_quantity CHECK (quantity > 0 AND (person_id IS NULL OR quantity = 1)),
    CONSTRAINT fk_wom_kit_given_movement FOREIGN KEY (movement_id) REFERENCES wom_kit_movement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wom_kit_given_person ON wom_kit_given (person_id);
