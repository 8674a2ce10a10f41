-- What a disbursement run selected when it first started: the tranches due at that moment within its limits,
-- fixed once (a restart reads the same list, so it pays what an uninterrupted run pays). Each tranche is still
-- checked again, under lock, in the chunk that orders or sets it aside.
CREATE TABLE fun_run_due (
    run_id      BIGINT  NOT NULL,
    tranche_id  BIGINT  NOT NULL,
    PRIMARY KEY (run_id, tranche_id),
    CONSTRAINT fk_fun_run_due_run FOREIGN KEY (run_id) REFERENCES fun_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
