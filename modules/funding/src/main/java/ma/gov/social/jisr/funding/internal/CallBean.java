package ma.gov.social.jisr.funding.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import ma.gov.social.jisr.funding.api.CallData;
import ma.gov.social.jisr.funding.api.CallDetails;
import ma.gov.social.jisr.funding.api.CallService;
import ma.gov.social.jisr.funding.api.CallStatus;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;
import ma.gov.social.jisr.platform.api.users.StaffDirectory;

/** Calls for proposals: national, read by everyone in funding, managed by national officers only. */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER, Roles.FINANCE_OFFICER, Roles.AUDITOR})
public class CallBean implements CallService {
    /** Who may sit on a call's panel: national partnership officers and administrators. */
    static final java.util.Set<String> EVALUATORS = java.util.Set.of(Roles.PARTNERSHIP_OFFICER, Roles.ADMINISTRATOR);

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditLog audit;
    @Inject
    private FundingGate gate;
    @Inject
    private TerritoryService territories;
    @Inject
    private StaffDirectory staff;

    @Override
    public List<CallDetails> calls() {
        return store().all();
    }

    @Override
    public CallDetails get(long id) {
        return store().get(id);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER})
    @Override
    public long create(CallData data) {
        national("create");
        checked(data, 0);
        Sql sql = new Sql(dataSource);
        long id = sql.ids("fun_call_seq", 50).getAsLong();
        store().insert(id, data, me.username(), LocalDateTime.now());
        audit.record(entry(id, AuditAction.CREATE).withDetail(data.reference()));
        return id;
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER})
    @Override
    public void update(long id, long version, CallData data) {
        national("update");
        if (store().locked(id).status() != CallStatus.DRAFT) {
            throw new JisrException("funding.call.notDraft");
        }
        checked(data, id);
        store().update(id, version, data, me.username(), LocalDateTime.now());
        audit.record(entry(id, AuditAction.UPDATE));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER})
    @Override
    public void publish(long id, long version) {
        national("publish");
        CallDetails call = store().locked(id);
        CallRules.checkPublishable(call.data());
        if (!call.data().closesAt().isAfter(FundingClock.now())) {
            throw new JisrException("funding.call.closesInPast");
        }
        store().move(id, version, CallStatus.DRAFT, CallStatus.PUBLISHED, me.username(), LocalDateTime.now());
        audit.record(entry(id, AuditAction.UPDATE).withDetail("published"));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER})
    @Override
    public void close(long id, long version) {
        national("close");
        CallDetails call = store().locked(id);
        if (call.data().closesAt().isAfter(FundingClock.now())) {
            throw new JisrException("funding.call.stillOpen");
        }
        store().move(id, version, CallStatus.PUBLISHED, CallStatus.CLOSED, me.username(), LocalDateTime.now());
        audit.record(entry(id, AuditAction.UPDATE).withDetail("closed"));
    }

    private void checked(CallData data, long self) {
        CallRules.check(data);
        for (String province : data.provinces()) {
            if (territories.province(province).isEmpty()) {
                throw new JisrException("funding.call.provinceUnknown", province);
            }
        }
        for (String evaluator : data.evaluators()) {
            if (staff.member(evaluator).filter(m -> m.hasAny(EVALUATORS) && m.scope().isNational()).isEmpty()) {
                throw new JisrException("funding.call.evaluatorUnknown", evaluator);
            }
        }
        if (new Sql(dataSource).number("select count(*) from fun_call where reference = ? and id <> ?",
                data.reference().strip(), self) > 0) {
            throw new JisrException("funding.call.duplicate");
        }
    }

    /** Calls are the ministry's: only national staff draft and steer them. */
    private void national(String what) {
        gate.requireNational("call", 0, what + " a call", "funding.call.nationalOnly");
    }

    private CallStore store() {
        return new CallStore(new Sql(dataSource));
    }

    private static AuditEntry entry(long id, AuditAction action) {
        return AuditEntry.of(AssociationBean.MODULE, "call", id, action);
    }
}
