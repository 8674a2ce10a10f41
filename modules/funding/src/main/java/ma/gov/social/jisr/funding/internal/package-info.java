/** The funding module's internals: nobody outside the module touches them. */
package ma.gov.social.jisr.funding.internal;
