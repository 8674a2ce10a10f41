/**
 * Jakarta Batch jobs. Each job's XML goes to {@code META-INF/batch-jobs/<job-name>.xml} of this jar
 * (Payara finds it inside WEB-INF/lib); its artifacts live in a sub-package named after the job and
 * call business modules through their {@code api} packages only. The job repository is MariaDB
 * (config/post-boot-commands.asadmin), so a job that failed can be restarted after a server restart.
 */
package ma.gov.social.jisr.batch;
