-- Who runs a year's planning job and when it last said so. A run whose server died keeps STARTED in the
-- job repository forever; with two servers, "started before this JVM" proves nothing. The server that
-- started a run refreshes its heartbeat while the run lives; a run still STARTED with a stale heartbeat
-- was lost with its server.
ALTER TABLE upg_programme
    ADD COLUMN run_owner     VARCHAR(120) NULL,
    ADD COLUMN run_heartbeat DATETIME(3)  NULL;
