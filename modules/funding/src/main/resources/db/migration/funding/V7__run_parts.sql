-- A run's selection is read in ranges of tranche ids, side by side (partitions of the job's step). Each range
-- keeps its own checkpoint and counts, written with each chunk's payment orders in the chunk's transaction:
-- a restart resumes every range where it stopped, and two ranges never wait for each other on the run's row.
-- The run's counts are the sums of its ranges' (the columns they replace are dropped).
CREATE TABLE fun_run_part (
    run_id           BIGINT         NOT NULL,
    part             INT            NOT NULL,
    -- the range: tranche ids after after_id, up to upto_id included
    after_id         BIGINT         NOT NULL,
    upto_id          BIGINT         NOT NULL,
    -- the checkpoint: the last tranche id read by a committed chunk
    read_upto        BIGINT         NOT NULL,
    tranches_read    INT            NOT NULL DEFAULT 0,
    tranches_ordered INT            NOT NULL DEFAULT 0,
    tranches_refused INT            NOT NULL DEFAULT 0,
    total            DECIMAL(15,2)  NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, part),
    CONSTRAINT fk_fun_run_part_run FOREIGN KEY (run_id) REFERENCES fun_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the runs that started before this change keep their counts, as one range
INSERT INTO fun_run_part (run_id, part, after_id, upto_id, read_upto, tranches_read, tranches_ordered,
        tranches_refused, total)
    SELECT id, 0, 0, 9223372036854775807, last_tranche_id, tranches_read, tranches_ordered, tranches_refused, total
    FROM fun_run WHERE status NOT IN ('PREPARED', 'APPROVED', 'CANCELLED');

ALTER TABLE fun_run DROP COLUMN last_tranche_id, DROP COLUMN tranches_read, DROP COLUMN tranches_ordered,
    DROP COLUMN tranches_refused, DROP COLUMN total;
