package ma.gov.social.jisr.funding.web;

import java.io.Serializable;
import ma.gov.social.jisr.funding.api.Criterion;

/** A line of the scoring grid as it is being typed: blanks are allowed until the service judges the whole. */
public class GridRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String labelAr;
    private String labelFr;
    private Integer weight;

    public GridRow() {
    }

    GridRow(Criterion c) {
        labelAr = c.labelAr();
        labelFr = c.labelFr();
        weight = c.weight();
    }

    Criterion criterion() {
        return new Criterion(labelAr, labelFr, weight == null ? 0 : weight);
    }

    public String getLabelAr() {
        return labelAr;
    }

    public void setLabelAr(String labelAr) {
        this.labelAr = labelAr;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public void setLabelFr(String labelFr) {
        this.labelFr = labelFr;
    }

    public Integer getWeight() {
        return weight;
    }

    public void setWeight(Integer weight) {
        this.weight = weight;
    }
}
