package ma.gov.social.jisr.women.api.empowerment;

import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.platform.api.PageRequest;

/**
 * Registered women, cooperatives and training sessions, within the caller's territory. A woman is registered
 * once; a member is in a cooperative once; a session takes no more women than its capacity, neither at
 * registration nor at attendance.
 */
public interface EmpowermentService {
    /** The cooperatives and sessions lists show at most this many (narrowed by province and text or period). */
    int LIST_LIMIT = 200;

    long register(Registration registration);

    List<EntrepreneurRow> registrations(EntrepreneurFilter filter, PageRequest page);

    long countRegistrations(EntrepreneurFilter filter);

    /** Her registration if she is registered and within the caller's territory, else null (a person's page). */
    EntrepreneurRow registrationOf(long personId);

    /** A registered woman's page (audited as a reading of personal data). */
    WomanPage woman(long personId);

    long createCooperative(CooperativeData data);

    List<CooperativeRow> cooperatives(String provinceCode, String text);

    CooperativeRow cooperative(long id);

    List<Member> members(long cooperativeId);

    /** Adds a member (a registered woman); the same woman twice is refused. */
    void addMember(long cooperativeId, long personId, LocalDate joinedOn);

    long createTraining(TrainingData data);

    List<TrainingRow> trainings(String provinceCode, LocalDate from, LocalDate to);

    TrainingRow training(long id);

    List<Seat> seats(long trainingId);

    /** Registers a woman for a session; refused beyond its capacity, or twice. */
    void enrol(long trainingId, long personId);

    /** Who came: exactly these of the registered women (refused beyond the session's capacity). */
    void attendance(long trainingId, List<Long> attendedPersonIds);
}
