/**
 * The platform's public surface: what every business module may call. Everything under
 * {@code platform.internal} is off limits to other modules (an ArchUnit test enforces it).
 */
package ma.gov.social.jisr.platform.api;
