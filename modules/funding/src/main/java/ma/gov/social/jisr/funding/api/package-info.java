/** What other modules (the disbursement batch first) may use of the funding module. */
package ma.gov.social.jisr.funding.api;
