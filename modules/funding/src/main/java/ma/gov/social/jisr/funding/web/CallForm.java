package ma.gov.social.jisr.funding.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ma.gov.social.jisr.funding.api.CallData;
import ma.gov.social.jisr.funding.api.DocumentKind;
import ma.gov.social.jisr.funding.api.FundingDomain;
import ma.gov.social.jisr.funding.api.TieRule;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/** A call as it is being typed: blanks and an incomplete grid are kept as they are for the service to judge. */
public class CallForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String reference;
    private String titleAr;
    private String titleFr;
    private FundingDomain[] domains = {};
    private String[] provinces = {};
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private Dirhams envelope;
    private Dirhams ceiling;
    private Integer minYears = 2;
    private Integer passMark = 60;
    private TieRule tieRule = TieRule.EARLIER_RECEIVED;
    private boolean provinceSpread;
    private DocumentKind[] requiredDocuments = {};
    private final List<GridRow> grid = new ArrayList<>(List.of(new GridRow()));
    private String[] evaluators = {};

    void fill(CallData d) {
        reference = d.reference();
        titleAr = d.titleAr();
        titleFr = d.titleFr();
        domains = d.domains().toArray(new FundingDomain[0]);
        provinces = d.provinces().toArray(new String[0]);
        opensAt = d.opensAt();
        closesAt = d.closesAt();
        envelope = d.envelope();
        ceiling = d.ceiling();
        minYears = d.minYears();
        passMark = d.passMark();
        tieRule = d.tieRule();
        provinceSpread = d.provinceSpread();
        requiredDocuments = d.requiredDocuments().toArray(new DocumentKind[0]);
        grid.clear();
        d.criteria().forEach(c -> grid.add(new GridRow(c)));
        evaluators = d.evaluators().toArray(new String[0]);
    }

    CallData data() {
        return new CallData(reference, titleAr, titleFr, set(FundingDomain.class, domains),
                new LinkedHashSet<>(Arrays.asList(provinces)), opensAt, closesAt, envelope, ceiling,
                minYears == null ? 0 : minYears, passMark == null ? 0 : passMark, tieRule, provinceSpread,
                set(DocumentKind.class, requiredDocuments), grid.stream().map(GridRow::criterion).toList(),
                List.of(evaluators));
    }

    private static <E extends Enum<E>> Set<E> set(Class<E> type, E[] values) {
        return values.length == 0 ? EnumSet.noneOf(type) : EnumSet.copyOf(Arrays.asList(values));
    }

    public List<GridRow> getGrid() {
        return grid;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getTitleAr() {
        return titleAr;
    }

    public void setTitleAr(String titleAr) {
        this.titleAr = titleAr;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public void setTitleFr(String titleFr) {
        this.titleFr = titleFr;
    }

    public FundingDomain[] getDomains() {
        return domains;
    }

    public void setDomains(FundingDomain[] domains) {
        this.domains = domains == null ? new FundingDomain[0] : domains;
    }

    public String[] getProvinces() {
        return provinces;
    }

    public void setProvinces(String[] provinces) {
        this.provinces = provinces == null ? new String[0] : provinces;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public Dirhams getEnvelope() {
        return envelope;
    }

    public void setEnvelope(Dirhams envelope) {
        this.envelope = envelope;
    }

    public Dirhams getCeiling() {
        return ceiling;
    }

    public void setCeiling(Dirhams ceiling) {
        this.ceiling = ceiling;
    }

    public Integer getMinYears() {
        return minYears;
    }

    public void setMinYears(Integer minYears) {
        this.minYears = minYears;
    }

    public Integer getPassMark() {
        return passMark;
    }

    public void setPassMark(Integer passMark) {
        this.passMark = passMark;
    }

    public TieRule getTieRule() {
        return tieRule;
    }

    public void setTieRule(TieRule tieRule) {
        this.tieRule = tieRule;
    }

    public boolean isProvinceSpread() {
        return provinceSpread;
    }

    public void setProvinceSpread(boolean provinceSpread) {
        this.provinceSpread = provinceSpread;
    }

    public DocumentKind[] getRequiredDocuments() {
        return requiredDocuments;
    }

    public void setRequiredDocuments(DocumentKind[] requiredDocuments) {
        this.requiredDocuments = requiredDocuments == null ? new DocumentKind[0] : requiredDocuments;
    }

    public String[] getEvaluators() {
        return evaluators;
    }

    public void setEvaluators(String[] evaluators) {
        this.evaluators = evaluators == null ? new String[0] : evaluators;
    }
}
