-- Leases of running jobs. A job runs in the JVM that started it: that server refreshes the heartbeat of each
-- run it holds, and any server judges a run whose heartbeat stopped as lost (JobLease.STALE), with any
-- number of servers on this database. The key names the run in its module ("funding-run-1000").
CREATE TABLE plt_job_lease (
    lease_key     VARCHAR(80)  NOT NULL PRIMARY KEY,
    execution_id  BIGINT       NOT NULL,
    owner         VARCHAR(120) NOT NULL,
    heartbeat     DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
