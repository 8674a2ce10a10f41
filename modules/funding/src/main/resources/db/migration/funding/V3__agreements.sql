-- Agreements with the selected projects, their tranches, the proof of use and the repayment claims.
CREATE SEQUENCE fun_agreement_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE fun_tranche_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE fun_report_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE fun_claim_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE fun_agreement (
    id                      BIGINT         NOT NULL DEFAULT (NEXT VALUE FOR fun_agreement_seq) PRIMARY KEY,
    version                 BIGINT         NOT NULL DEFAULT 0,
    project_id              BIGINT         NOT NULL,
    reference               VARCHAR(40)    NOT NULL,
    amount_granted          DECIMAL(13,2)  NOT NULL,
    -- the schedule as agreed, in whole percentages ("60|40"); the tranches hold the exact amounts
    schedule                VARCHAR(40)    NOT NULL,
    conditions              VARCHAR(2000)  NOT NULL,
    starts_on               DATE           NOT NULL,
    ends_on                 DATE           NOT NULL,
    ministry_signatory      VARCHAR(120)   NOT NULL,
    association_signatory   VARCHAR(120)   NOT NULL,
    status                  VARCHAR(12)    NOT NULL,
    signed_on               DATE,
    -- the association's RIB in force when the agreement was signed: the account its tranches are paid to
    rib                     CHAR(24),
    terminated_on           DATE,
    termination_reason      VARCHAR(1000),
    created_at              DATETIME(3)    NOT NULL,
    created_by              VARCHAR(60)    NOT NULL,
    updated_at              DATETIME(3)    NOT NULL,
    updated_by              VARCHAR(60)    NOT NULL,
    CONSTRAINT uq_fun_agreement_project UNIQUE (project_id),
    CONSTRAINT uq_fun_agreement_reference UNIQUE (reference),
    CONSTRAINT fk_fun_agreement_project FOREIGN KEY (project_id) REFERENCES fun_project (id),
    CONSTRAINT ck_fun_agreement_status CHECK (status IN ('DRAFT', 'ACTIVE', 'COMPLETED', 'TERMINATED')),
    CONSTRAINT ck_fun_agreement_signed CHECK (status = 'DRAFT' OR (signed_on IS NOT NULL AND rib IS NOT NULL)),
    CONSTRAINT ck_fun_agreement_dates CHECK (ends_on > starts_on),
    CONSTRAINT ck_fun_agreement_amount CHECK (amount_granted > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A tranche is paid exactly once: the batch claims it with a conditional update (payment UNPAID -> CLAIMED,
-- naming its run), then records it PAID with the bank's reference; a unique key per claim token forbids two.
CREATE TABLE fun_tranche (
    id              BIGINT         NOT NULL DEFAULT (NEXT VALUE FOR fun_tranche_seq) PRIMARY KEY,
    version         BIGINT         NOT NULL DEFAULT 0,
    agreement_id    BIGINT         NOT NULL,
    number          INT            NOT NULL,
    amount          DECIMAL(13,2)  NOT NULL,
    -- ON_SIGNATURE, or AFTER_REPORT: due once the report on the previous tranche is approved
    due_when        VARCHAR(14)    NOT NULL,
    payment         VARCHAR(8)     NOT NULL DEFAULT 'UNPAID',
    claimed_by      VARCHAR(60),
    claimed_at      DATETIME(3),
    paid_on         DATE,
    payment_ref     VARCHAR(40),
    CONSTRAINT uq_fun_tranche_number UNIQUE (agreement_id, number),
    CONSTRAINT uq_fun_tranche_payment_ref UNIQUE (payment_ref),
    CONSTRAINT fk_fun_tranche_agreement FOREIGN KEY (agreement_id) REFERENCES fun_agreement (id),
    CONSTRAINT ck_fun_tranche_amount CHECK (amount > 0),
    CONSTRAINT ck_fun_tranche_due CHECK (due_when IN ('ON_SIGNATURE', 'AFTER_REPORT')),
    CONSTRAINT ck_fun_tranche_payment CHECK (payment IN ('UNPAID', 'CLAIMED', 'PAID')
        AND (payment = 'UNPAID' OR claimed_by IS NOT NULL)
        AND (payment <> 'PAID' OR (paid_on IS NOT NULL AND payment_ref IS NOT NULL)))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_fun_tranche_payment ON fun_tranche (payment, agreement_id);

-- Proof of use of a tranche: narrative and expenses per budget line, reviewed by the ministry.
CREATE TABLE fun_report (
    id            BIGINT         NOT NULL DEFAULT (NEXT VALUE FOR fun_report_seq) PRIMARY KEY,
    version       BIGINT         NOT NULL DEFAULT 0,
    tranche_id    BIGINT         NOT NULL,
    narrative     VARCHAR(4000)  NOT NULL,
    received_on   DATE           NOT NULL,
    status        VARCHAR(10)    NOT NULL,
    review_note   VARCHAR(1000),
    reviewed_at   DATETIME(3),
    reviewed_by   VARCHAR(60),
    created_at    DATETIME(3)    NOT NULL,
    created_by    VARCHAR(60)    NOT NULL,
    updated_at    DATETIME(3)    NOT NULL,
    updated_by    VARCHAR(60)    NOT NULL,
    CONSTRAINT uq_fun_report_tranche UNIQUE (tranche_id),
    CONSTRAINT fk_fun_report_tranche FOREIGN KEY (tranche_id) REFERENCES fun_tranche (id),
    CONSTRAINT ck_fun_report_status CHECK (status IN ('SUBMITTED', 'RETURNED', 'APPROVED')),
    CONSTRAINT ck_fun_report_four_eyes CHECK (reviewed_by IS NULL OR reviewed_by <> created_by)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE fun_expense (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id      BIGINT         NOT NULL,
    line_position  INT            NOT NULL,
    description    VARCHAR(300)   NOT NULL,
    amount         DECIMAL(13,2)  NOT NULL,
    spent_on       DATE           NOT NULL,
    CONSTRAINT fk_fun_expense_report FOREIGN KEY (report_id) REFERENCES fun_report (id),
    CONSTRAINT ck_fun_expense_amount CHECK (amount > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_fun_expense_report ON fun_expense (report_id);

-- Money asked back from an association (unspent or misused), followed until recovered.
CREATE TABLE fun_claim (
    id            BIGINT         NOT NULL DEFAULT (NEXT VALUE FOR fun_claim_seq) PRIMARY KEY,
    version       BIGINT         NOT NULL DEFAULT 0,
    agreement_id  BIGINT         NOT NULL,
    reason        VARCHAR(10)    NOT NULL,
    amount        DECIMAL(13,2)  NOT NULL,
    recovered     DECIMAL(13,2)  NOT NULL DEFAULT 0,
    note          VARCHAR(1000)  NOT NULL,
    notified_on   DATE           NOT NULL,
    due_on        DATE           NOT NULL,
    status        VARCHAR(10)    NOT NULL,
    created_at    DATETIME(3)    NOT NULL,
    created_by    VARCHAR(60)    NOT NULL,
    updated_at    DATETIME(3)    NOT NULL,
    updated_by    VARCHAR(60)    NOT NULL,
    CONSTRAINT fk_fun_claim_agreement FOREIGN KEY (agreement_id) REFERENCES fun_agreement (id),
    CONSTRAINT ck_fun_claim_reason CHECK (reason IN ('UNSPENT', 'MISUSED')),
    CONSTRAINT ck_fun_claim_status CHECK (status IN ('OPEN', 'RECOVERED')),
    CONSTRAINT ck_fun_claim_amounts CHECK (amount > 0 AND recovered >= 0 AND recovered <= amount)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_fun_claim_agreement ON fun_claim (agreement_id);

CREATE TABLE fun_claim_receipt (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id     BIGINT         NOT NULL,
    amount       DECIMAL(13,2)  NOT NULL,
    received_on  DATE           NOT NULL,
    reference    VARCHAR(60)    NOT NULL,
    recorded_at  DATETIME(3)    NOT NULL,
    recorded_by  VARCHAR(60)    NOT NULL,
    CONSTRAINT fk_fun_claim_receipt_claim FOREIGN KEY (claim_id) REFERENCES fun_claim (id),
    CONSTRAINT ck_fun_claim_receipt_amount CHECK (amount > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
