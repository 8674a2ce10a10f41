/**
 * The persons registry: one record per person, shared by every module, so that the same woman,
 * child or elderly person is registered once. Reading a person is personal data: it is audited.
 */
package ma.gov.social.jisr.people.api;
