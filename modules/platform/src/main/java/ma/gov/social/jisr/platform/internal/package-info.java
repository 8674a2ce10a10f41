/** The platform's internals: no other module may depend on anything here. */
package ma.gov.social.jisr.platform.internal;
