/** The children's module's own code: nobody else reaches in. */
package ma.gov.social.jisr.children.internal;
