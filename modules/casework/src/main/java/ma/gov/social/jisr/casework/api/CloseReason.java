package ma.gov.social.jisr.casework.api;

/** Why a case was closed. */
public enum CloseReason {
    GOALS_MET, REFERRED_ELSEWHERE, MOVED_AWAY, DECLINED_SERVICES, LOST_CONTACT, DECEASED, OTHER
}
