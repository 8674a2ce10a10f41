/**
 * Economic empowerment ("Jisr for empowerment and leadership"): registered women and cooperatives, funding
 * requests reviewed by staff and financed by partner programmes, accompaniment milestones, training sessions,
 * and the indicators by region and province. Everything within the caller's territory.
 */
package ma.gov.social.jisr.women.api.empowerment;
