/** The economic-empowerment services: registrations, cooperatives, trainings, requests and their milestones. */
package ma.gov.social.jisr.women.internal.empowerment;
