/**
 * The social centres registry as other modules and the screens see it: where a service is given,
 * its condition (latest inspection) and its upgrade history. Every query is limited to the caller's
 * territory.
 */
package ma.gov.social.jisr.centres.api;
