-- Every CSV import, recorded before anything is saved, so that its progress and outcome live in the
-- database (another server or a reloaded page sees them) and an import a dead server left half-done can
-- be recognised by any server: its heartbeat stops moving. The id is also the tag the module puts on the
-- rows it stages for the import.
CREATE TABLE plt_import (
    id             CHAR(20)      NOT NULL PRIMARY KEY,
    module         VARCHAR(30)   NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    username       VARCHAR(60)   NOT NULL,
    region_code    VARCHAR(6),
    province_code  VARCHAR(6),
    file_name      VARCHAR(255)  NOT NULL,
    state          VARCHAR(12)   NOT NULL,
    line_count     BIGINT        NOT NULL DEFAULT 0,
    checked_count  BIGINT        NOT NULL DEFAULT 0,
    saved_count    BIGINT        NOT NULL DEFAULT 0,
    held_count     BIGINT        NOT NULL DEFAULT 0,
    problem_count  BIGINT        NOT NULL DEFAULT 0,
    failure        VARCHAR(300),
    server         VARCHAR(120)  NOT NULL,
    started_at     DATETIME(3)   NOT NULL,
    heartbeat_at   DATETIME(3)   NOT NULL,
    ended_at       DATETIME(3),
    CONSTRAINT ck_plt_import_state
        CHECK (state IN ('VALIDATING', 'SAVING', 'UNDOING', 'DONE', 'HELD', 'REJECTED', 'FAILED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The sweep looks for running imports whose heartbeat stopped.
CREATE INDEX ix_plt_import_running ON plt_import (state, heartbeat_at);
CREATE INDEX ix_plt_import_user ON plt_import (username, started_at);

-- The wrong lines of a refused file, for its report (at most CsvImport.REPORTED_PROBLEMS per import).
CREATE TABLE plt_import_problem (
    import_id    CHAR(20)       NOT NULL,
    position     INT            NOT NULL,
    line_number  BIGINT         NOT NULL,
    message_key  VARCHAR(100)   NOT NULL,
    arguments    VARCHAR(2000)  NOT NULL,
    PRIMARY KEY (import_id, position),
    CONSTRAINT fk_plt_import_problem FOREIGN KEY (import_id) REFERENCES plt_import (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
