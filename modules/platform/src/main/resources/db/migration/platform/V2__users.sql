-- Staff accounts. Passwords are PBKDF2-HMAC-SHA256 hashes (never stored in clear).
-- Sequences step by the JPA allocation size: EclipseLink takes NEXTVAL as the last id of a block.
CREATE SEQUENCE plt_user_seq START WITH 20 INCREMENT BY 20;

CREATE TABLE plt_user (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    username              VARCHAR(60)  NOT NULL,
    full_name             VARCHAR(160) NOT NULL,
    email                 VARCHAR(160),
    password_hash         VARCHAR(255) NOT NULL,
    scope_level           VARCHAR(10)  NOT NULL,
    scope_code            VARCHAR(6),
    preferred_language    CHAR(2)      NOT NULL DEFAULT 'ar',
    enabled               BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password  BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_attempts       INT          NOT NULL DEFAULT 0,
    locked_until          DATETIME(3),
    last_login_at         DATETIME(3),
    created_at            DATETIME(3)  NOT NULL,
    created_by            VARCHAR(60)  NOT NULL,
    version               INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_plt_user_username UNIQUE (username),
    CONSTRAINT ck_plt_user_scope CHECK (
        (scope_level = 'NATIONAL' AND scope_code IS NULL)
        OR (scope_level IN ('REGION', 'PROVINCE') AND scope_code IS NOT NULL)),
    CONSTRAINT ck_plt_user_language CHECK (preferred_language IN ('ar', 'fr', 'en'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_plt_user_scope ON plt_user (scope_level, scope_code);

CREATE TABLE plt_user_role (
    user_id  BIGINT      NOT NULL,
    role     VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_plt_user_role_user FOREIGN KEY (user_id) REFERENCES plt_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
