/**
 * What other code may use of the children's module ("Awladna"): its forms on the kernel's child cases
 * (identification, best-interest assessment, life project, protection measures, placements) and the
 * foster families registry.
 */
package ma.gov.social.jisr.children.api;
