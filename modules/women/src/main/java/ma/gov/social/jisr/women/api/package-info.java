/**
 * Women in difficult situations and victims of violence: intake, risk, safety plans, shelters and the
 * listening lines, on the case kernel (casework.api) whose steps, services, referrals, consent, follow-up
 * and documents the module uses as they are.
 */
package ma.gov.social.jisr.women.api;
