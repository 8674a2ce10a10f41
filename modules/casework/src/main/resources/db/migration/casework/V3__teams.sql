-- The teams of a module that has them (the children's technical support, social assistance and information
-- teams), one set per province. A referral to such a module names the team whose inbox receives it.
CREATE TABLE cas_team_member (
    module         VARCHAR(20)  NOT NULL,
    province_code  VARCHAR(6)   NOT NULL,
    team           VARCHAR(24)  NOT NULL,
    username       VARCHAR(60)  NOT NULL,
    region_code    VARCHAR(6)   NOT NULL,
    added_at       DATETIME(3)  NOT NULL,
    added_by       VARCHAR(60)  NOT NULL,
    PRIMARY KEY (module, province_code, team, username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_cas_team_member_user ON cas_team_member (username, module);

ALTER TABLE cas_referral ADD COLUMN target_team VARCHAR(24) NULL AFTER target_module;
