-- The index on (payment, agreement_id) was rewritten by every claim, release and bank return of a tranche (the
-- payment column changes at each), and no query needs it: the job reads its selection by id, the totals add up
-- the paid tranches in one pass over the table. Dropped: it slowed the disbursement job by a quarter and served nothing.
DROP INDEX IF EXISTS ix_fun_tranche_payment ON fun_tranche;
