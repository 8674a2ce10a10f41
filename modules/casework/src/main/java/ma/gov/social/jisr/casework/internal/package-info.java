/** The case kernel's own: entities, queries, rules and service beans. Modules use the api only. */
package ma.gov.social.jisr.casework.internal;
