package ma.gov.social.jisr.women.web.empowerment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.people.web.PersonPicker;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.women.api.empowerment.EmpowermentService;
import ma.gov.social.jisr.women.api.empowerment.Seat;
import ma.gov.social.jisr.women.api.empowerment.TrainingRow;

/**
 * A training session: its facts, enrolling women, and who came. The ticks are kept here until saved, so a
 * refused enrolment or attendance loses none of them.
 */
@Named
@ViewScoped
public class TrainingView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String LIST = "/women/empowerment/trainings?faces-redirect=true";

    @Inject
    private EmpowermentService empowerment;
    @Inject
    private PersonPicker person;

    private Long id;
    private TrainingRow training;
    private transient List<Seat> seats;
    /** Person id → ticked as present; what the service last said, then the user's ticks. */
    private final HashMap<Long, Boolean> attended = new HashMap<>();

    public String load() {
        if (id == null) {
            return LIST;
        }
        try {
            training = empowerment.training(id);
            getSeats().forEach(s -> attended.put(s.personId(), s.attended()));
            return null;
        } catch (JisrException notVisible) {
            Messages.error(notVisible);
            return LIST;
        }
    }

    public void enrol() {
        if (person.getChosen() == null) {
            Messages.error("emp.training.pickWoman");
            return;
        }
        try {
            empowerment.enrol(id, person.getChosen().id());
            Messages.info("emp.training.enrolled");
            person.setChosen(null);
            training = empowerment.training(id);
            seats = null;
            getSeats().forEach(s -> attended.putIfAbsent(s.personId(), s.attended()));
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public void saveAttendance() {
        List<Long> came = new ArrayList<>();
        for (Seat s : getSeats()) {
            if (Boolean.TRUE.equals(attended.get(s.personId()))) {
                came.add(s.personId());
            }
        }
        try {
            empowerment.attendance(id, came);
            Messages.info("emp.training.attendanceSaved", came.size());
            training = empowerment.training(id);
            seats = null;
            attended.clear();
            getSeats().forEach(s -> attended.put(s.personId(), s.attended()));
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public List<Seat> getSeats() {
        if (seats == null) {
            seats = empowerment.seats(id);
        }
        return seats;
    }

    public Map<Long, Boolean> getAttended() {
        return attended;
    }

    public PersonPicker getPerson() {
        return person;
    }

    public TrainingRow getTraining() {
        return training;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
