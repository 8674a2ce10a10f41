/**
 * The case kernel: the steps every social module follows with a person (registration, assessment, plan,
 * services, follow-up, closure), consent, referrals, documents and who may see what. A module describes
 * itself with a {@link ma.gov.social.jisr.casework.api.spi.CaseModule} and adds its own forms and rules; it
 * never copies this machinery.
 */
package ma.gov.social.jisr.casework.api;
