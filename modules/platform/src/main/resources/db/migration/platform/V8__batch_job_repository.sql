-- The batch runtime's job repository (Payara's jbatch tables, as its MySQL persistence manager defines them).
-- Payara creates them at the first job start if they are missing, on the starting request's connection; on
-- MariaDB that DDL commits implicitly and releases the row locks the caller held, so two servers' first
-- starts of a job could both run. Created here, before any server deploys, the runtime finds them and never
-- creates anything. IF NOT EXISTS: a database where a previous release let Payara create them keeps them.
-- AUTO_INCREMENT is Payara's own key generation for its rows; Jisr's tables keep their sequences.
CREATE TABLE IF NOT EXISTS jbatchJOBINSTANCEDATA (
    jobinstanceid  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(512),
    apptag         VARCHAR(512)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS jbatchEXECUTIONINSTANCEDATA (
    jobexecid      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    jobinstanceid  BIGINT,
    createtime     TIMESTAMP     NULL,
    starttime      TIMESTAMP     NULL,
    endtime        TIMESTAMP     NULL,
    updatetime     TIMESTAMP     NULL,
    parameters     BLOB,
    batchstatus    VARCHAR(512),
    exitstatus     VARCHAR(512),
    CONSTRAINT JOBINST_JOBEXEC_FK FOREIGN KEY (jobinstanceid) REFERENCES jbatchJOBINSTANCEDATA (jobinstanceid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS jbatchSTEPEXECUTIONINSTANCEDATA (
    stepexecid        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    jobexecid         BIGINT,
    batchstatus       VARCHAR(512),
    exitstatus        VARCHAR(512),
    stepname          VARCHAR(512),
    readcount         INT,
    writecount        INT,
    commitcount       INT,
    rollbackcount     INT,
    readskipcount     INT,
    processskipcount  INT,
    filtercount       INT,
    writeskipcount    INT,
    startTime         TIMESTAMP     NULL,
    endTime           TIMESTAMP     NULL,
    persistentData    BLOB,
    CONSTRAINT JOBEXEC_STEPEXEC_FK FOREIGN KEY (jobexecid) REFERENCES jbatchEXECUTIONINSTANCEDATA (jobexecid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS jbatchCHECKPOINTDATA (
    id   VARCHAR(512),
    obj  BLOB
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS jbatchJOBSTATUS (
    id   BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    obj  BLOB,
    CONSTRAINT JOBSTATUS_JOBINST_FK FOREIGN KEY (id) REFERENCES jbatchJOBINSTANCEDATA (jobinstanceid)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS jbatchSTEPSTATUS (
    id   BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    obj  BLOB,
    CONSTRAINT STEPSTATUS_STEPEXEC_FK FOREIGN KEY (id) REFERENCES jbatchSTEPEXECUTIONINSTANCEDATA (stepexecid)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
