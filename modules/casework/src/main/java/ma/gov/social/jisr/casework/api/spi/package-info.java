/**
 * What a social module implements for the kernel to call (its description as a case-keeping module).
 * Not services: plain CDI beans, read by the kernel, never called by screens.
 */
package ma.gov.social.jisr.casework.api.spi;
