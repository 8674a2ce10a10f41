package ma.gov.social.jisr.women.internal.empowerment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.women.api.empowerment.CooperativeData;
import ma.gov.social.jisr.women.api.empowerment.CooperativeRow;
import ma.gov.social.jisr.women.api.empowerment.EmpowermentService;
import ma.gov.social.jisr.women.api.empowerment.EntrepreneurFilter;
import ma.gov.social.jisr.women.api.empowerment.EntrepreneurRow;
import ma.gov.social.jisr.women.api.empowerment.Member;
import ma.gov.social.jisr.women.api.empowerment.Registration;
import ma.gov.social.jisr.women.api.empowerment.Seat;
import ma.gov.social.jisr.women.api.empowerment.TrainingData;
import ma.gov.social.jisr.women.api.empowerment.TrainingRow;
import ma.gov.social.jisr.women.api.empowerment.WomanPage;

/**
 * Registrations, cooperatives and trainings: kept by the women's case workers and the coordinators; read
 * also by the partnership officers, who follow the projects their programmes finance.
 */
@Stateless
@RolesAllowed({Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR})
public class EmpowermentBean implements EmpowermentService {

    @Inject
    private Registrations registrations;
    @Inject
    private Cooperatives cooperatives;
    @Inject
    private Trainings trainings;
    @Inject
    private Requests requests;
    @Inject
    private Milestones milestones;
    @Inject
    private EmpScope scope;

    @Override
    public long register(Registration registration) {
        return registrations.register(registration);
    }

    @Override
    @RolesAllowed({Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR, Roles.PARTNERSHIP_OFFICER})
    public List<EntrepreneurRow> registrations(EntrepreneurFilter filter, PageRequest page) {
        return registrations.list(filter, page);
    }

    @Override
    @RolesAllowed({Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR, Roles.PARTNERSHIP_OFFICER})
    public long countRegistrations(EntrepreneurFilter filter) {
        return registrations.count(filter);
    }

    @Override
    @RolesAllowed({Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR, Roles.PARTNERSHIP_OFFICER})
    public EntrepreneurRow registrationOf(long personId) {
        return registrations.find(personId);
    }

    @Override
    @RolesAllowed({Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR, Roles.PARTNERSHIP_OFFICER})
    public WomanPage woman(long personId) {
        EntrepreneurRow registration = registrations.of(personId);
        List<Object[]> sessions = trainings.of(personId);
        WomanPage page = new WomanPage(registration, cooperatives.of(personId),
                sessions.stream().map(o -> (TrainingRow) o[0]).toList(),
                sessions.stream().map(o -> (Boolean) o[1]).toList(), requests.of(personId),
                milestones.ofPerson(personId));
        scope.read("emp-registration", registration.id(), registration.regionCode(), registration.provinceCode());
        return page;
    }

    @Override
    public long createCooperative(CooperativeData data) {
        return cooperatives.create(data);
    }

    @Override
    @RolesAllowed({Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR, Roles.PARTNERSHIP_OFFICER})
    public List<CooperativeRow> cooperatives(String provinceCode, String text) {
        return cooperatives.list(provinceCode, text);
    }

    @Override
    @RolesAllowed({Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR, Roles.PARTNERSHIP_OFFICER})
    public CooperativeRow cooperative(long id) {
        return cooperatives.get(id);
    }

    @Override
    @RolesAllowed({Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR, Roles.PARTNERSHIP_OFFICER})
    public List<Member> members(long cooperativeId) {
        return cooperatives.members(cooperativeId);
    }

    @Override
    public void addMember(long cooperativeId, long personId, LocalDate joinedOn) {
        cooperatives.addMember(cooperativeId, personId, joinedOn);
    }

    @Override
    public long createTraining(TrainingData data) {
        return trainings.create(data);
    }

    @Override
    @RolesAllowed({Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR, Roles.PARTNERSHIP_OFFICER})
    public List<TrainingRow> trainings(String provinceCode, LocalDate from, LocalDate to) {
        return trainings.list(provinceCode, from, to);
    }

    @Override
    @RolesAllowed({Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR, Roles.PARTNERSHIP_OFFICER})
    public TrainingRow training(long id) {
        return trainings.get(id);
    }

    @Override
    @RolesAllowed({Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR, Roles.PARTNERSHIP_OFFICER})
    public List<Seat> seats(long trainingId) {
        return trainings.seats(trainingId);
    }

    @Override
    public void enrol(long trainingId, long personId) {
        trainings.enrol(trainingId, personId);
    }

    @Override
    public void attendance(long trainingId, List<Long> attendedPersonIds) {
        trainings.attendance(trainingId, attendedPersonIds);
    }
}
