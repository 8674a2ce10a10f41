/** The people module's own: entity, queries, rules and service beans. Nobody else reaches in here. */
package ma.gov.social.jisr.people.internal;
