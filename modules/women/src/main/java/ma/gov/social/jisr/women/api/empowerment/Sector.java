package ma.gov.social.jisr.women.api.empowerment;

/** The activity sectors of the ministry's empowerment programmes. */
public enum Sector {
    AGRICULTURE, AGRIFOOD, HANDICRAFT, TEXTILE, TRADE, SERVICES, DIGITAL, TOURISM, OTHER
}
