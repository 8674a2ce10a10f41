-- Disbursement runs: prepared by a finance officer, approved by another, run by the funding-disbursement job,
-- which orders every due and payable tranche once and writes the ISO 20022 credit-transfer file.
CREATE SEQUENCE fun_run_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE fun_payment_order_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE fun_run (
    id               BIGINT         NOT NULL DEFAULT (NEXT VALUE FOR fun_run_seq) PRIMARY KEY,
    version          BIGINT         NOT NULL DEFAULT 0,
    reference        VARCHAR(30)    NOT NULL,
    value_date       DATE           NOT NULL,
    -- optional limits of the run: one call, one domain, one region
    call_id          BIGINT,
    domain           VARCHAR(30),
    region_code      VARCHAR(6),
    -- PREPARED, APPROVED, CANCELLED, STARTED, FAILED, COMPLETED (file written), RELEASED (file sent: frozen)
    status           VARCHAR(10)    NOT NULL,
    prepared_by      VARCHAR(60)    NOT NULL,
    prepared_at      DATETIME(3)    NOT NULL,
    approved_by      VARCHAR(60),
    approved_at      DATETIME(3),
    cancelled_by     VARCHAR(60),
    cancelled_at     DATETIME(3),
    -- the latest job execution of the run (its server's lease is the platform's, key "funding-run-<id>")
    execution_id     BIGINT,
    -- the selection's own checkpoint, written with each chunk's payment orders
    last_tranche_id  BIGINT         NOT NULL DEFAULT 0,
    -- counted when the run starts, for its progress: due tranches within its limits, and those read so far
    tranches_due     INT            NOT NULL DEFAULT 0,
    tranches_read    INT            NOT NULL DEFAULT 0,
    tranches_ordered INT            NOT NULL DEFAULT 0,
    tranches_refused INT            NOT NULL DEFAULT 0,
    total            DECIMAL(15,2)  NOT NULL DEFAULT 0,
    file_sha256      CHAR(64),
    file_bytes       BIGINT,
    file_written_at  DATETIME(3),
    released_by      VARCHAR(60),
    released_at      DATETIME(3),
    CONSTRAINT uq_fun_run_reference UNIQUE (reference),
    CONSTRAINT fk_fun_run_call FOREIGN KEY (call_id) REFERENCES fun_call (id),
    CONSTRAINT ck_fun_run_status CHECK (status IN ('PREPARED', 'APPROVED', 'CANCELLED', 'STARTED', 'FAILED',
        'COMPLETED', 'RELEASED')),
    -- four eyes: whoever approves did not prepare
    CONSTRAINT ck_fun_run_four_eyes CHECK (approved_by IS NULL OR approved_by <> prepared_by)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_fun_run_status ON fun_run (status, id);

-- One payment order per tranche and attempt. A rejected order (closed account...) frees its tranche for a later
-- run; any other order holds it: the database refuses a second live order of the same tranche, whatever runs.
CREATE TABLE fun_payment_order (
    id               BIGINT         NOT NULL DEFAULT (NEXT VALUE FOR fun_payment_order_seq) PRIMARY KEY,
    run_id           BIGINT         NOT NULL,
    tranche_id       BIGINT         NOT NULL,
    attempt          INT            NOT NULL,
    end_to_end_id    VARCHAR(35)    NOT NULL,
    amount           DECIMAL(13,2)  NOT NULL,
    association_id   BIGINT         NOT NULL,
    creditor_name    VARCHAR(200)   NOT NULL,
    rib              CHAR(24)       NOT NULL,
    region_code      VARCHAR(6)     NOT NULL,
    province_code    VARCHAR(6)     NOT NULL,
    call_id          BIGINT         NOT NULL,
    domain           VARCHAR(30)    NOT NULL,
    -- ORDERED, then EXECUTED or REJECTED as the bank's return says
    status           VARCHAR(10)    NOT NULL DEFAULT 'ORDERED',
    bank_reason_code VARCHAR(10),
    bank_reason      VARCHAR(500),
    bank_reference   VARCHAR(60),
    reconciled_at    DATETIME(3),
    live_tranche_id  BIGINT AS (IF(status = 'REJECTED', NULL, tranche_id)) PERSISTENT,
    CONSTRAINT uq_fun_payment_live_tranche UNIQUE (live_tranche_id),
    CONSTRAINT uq_fun_payment_attempt UNIQUE (tranche_id, attempt),
    CONSTRAINT uq_fun_payment_end_to_end UNIQUE (end_to_end_id),
    CONSTRAINT fk_fun_payment_run FOREIGN KEY (run_id) REFERENCES fun_run (id),
    CONSTRAINT fk_fun_payment_tranche FOREIGN KEY (tranche_id) REFERENCES fun_tranche (id),
    CONSTRAINT ck_fun_payment_amount CHECK (amount > 0),
    CONSTRAINT ck_fun_payment_status CHECK (status IN ('ORDERED', 'EXECUTED', 'REJECTED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_fun_payment_run ON fun_payment_order (run_id, id);

-- Every due tranche a run could not pay, with why (association suspended, no approved RIB...).
CREATE TABLE fun_run_refusal (
    run_id      BIGINT       NOT NULL,
    tranche_id  BIGINT       NOT NULL,
    reasons     VARCHAR(200) NOT NULL,
    PRIMARY KEY (run_id, tranche_id),
    CONSTRAINT fk_fun_refusal_run FOREIGN KEY (run_id) REFERENCES fun_run (id),
    CONSTRAINT fk_fun_refusal_tranche FOREIGN KEY (tranche_id) REFERENCES fun_tranche (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
