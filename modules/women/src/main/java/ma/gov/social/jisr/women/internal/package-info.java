/** The women module's own: its forms' entities, rules and service beans. */
package ma.gov.social.jisr.women.internal;
