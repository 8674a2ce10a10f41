-- The bank's return on the payments of released runs (camt.054 or the bank's CSV), line by line. Lines wait
-- under their import's tag (published = 0) until the whole file is checked and saved; publishing applies
-- them to the payment orders and keeps them as the reconciliation's record, unmatched lines included.
CREATE SEQUENCE fun_bank_line_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE fun_bank_line (
    id             BIGINT         NOT NULL DEFAULT (NEXT VALUE FOR fun_bank_line_seq) PRIMARY KEY,
    import_tag     VARCHAR(40)    NOT NULL,
    line_no        BIGINT         NOT NULL,
    end_to_end_id  VARCHAR(35),
    -- as the bank wrote them: a line without an id or an exact amount is kept, to be listed as matching nothing
    amount         DECIMAL(13,2),
    currency       CHAR(3),
    -- EXECUTED, REJECTED or PENDING, as the bank says
    outcome        VARCHAR(10)    NOT NULL,
    reason_code    VARCHAR(10),
    reason         VARCHAR(500),
    bank_reference VARCHAR(60),
    -- what the line matched: MATCHED, UNKNOWN (no such payment), AMOUNT (another amount), NOT_RELEASED (its run's
    -- file never went to the bank), ALREADY (the payment already has this outcome), CONFLICT (another outcome)
    matched        VARCHAR(12),
    order_id       BIGINT,
    published      BOOLEAN        NOT NULL DEFAULT FALSE,
    imported_by    VARCHAR(60)    NOT NULL,
    CONSTRAINT ck_fun_bank_line_outcome CHECK (outcome IN ('EXECUTED', 'REJECTED', 'PENDING')),
    CONSTRAINT ck_fun_bank_line_matched CHECK (matched IS NULL OR matched IN ('MATCHED', 'UNKNOWN', 'AMOUNT',
        'NOT_RELEASED', 'ALREADY', 'CONFLICT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_fun_bank_line_tag ON fun_bank_line (import_tag, line_no);
CREATE INDEX ix_fun_bank_line_e2e ON fun_bank_line (end_to_end_id);

-- A tranche whose payment the bank rejected is due again; the bank's reason stays on it until it is paid.
ALTER TABLE fun_tranche ADD COLUMN returned_reason VARCHAR(500);

-- The file and the run's lists read the orders by tranche.
CREATE INDEX ix_fun_payment_run_tranche ON fun_payment_order (run_id, tranche_id);
