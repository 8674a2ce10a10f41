/** The centres module's own: entities, queries, rules and service beans. Nobody else reaches in here. */
package ma.gov.social.jisr.centres.internal;
