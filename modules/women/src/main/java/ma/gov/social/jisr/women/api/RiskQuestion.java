package ma.gov.social.jisr.women.api;

/**
 * The risk checklist, after the danger assessments used by the listening centres: each "yes" weighs;
 * a "red flag" alone means immediate danger whatever the score.
 */
public enum RiskQuestion {
    THREATENED_TO_KILL(4, true),
    WEAPON_USED_OR_THREATENED(4, true),
    STRANGLED_OR_CHOKED(4, true),
    AFRAID_TO_GO_HOME_TONIGHT(3, true),
    VIOLENCE_INCREASING(3, false),
    FORCED_SEX(3, false),
    VIOLENCE_DURING_PREGNANCY(3, false),
    CHILDREN_THREATENED_OR_HURT(3, false),
    SEPARATION_RECENT_OR_PLANNED(2, false),
    PERPETRATOR_CONTROLS_MONEY_OR_MOVEMENTS(2, false),
    PERPETRATOR_ALCOHOL_OR_DRUGS(2, false),
    ISOLATED_NO_SUPPORT(1, false),
    PREVIOUS_COMPLAINT_OR_PROTECTION_ORDER(1, false);

    private final int weight;
    private final boolean redFlag;

    RiskQuestion(int weight, boolean redFlag) {
        this.weight = weight;
        this.redFlag = redFlag;
    }

    public int weight() {
        return weight;
    }

    public boolean redFlag() {
        return redFlag;
    }
}
