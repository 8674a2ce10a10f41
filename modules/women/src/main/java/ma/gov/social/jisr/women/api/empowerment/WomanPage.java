package ma.gov.social.jisr.women.api.empowerment;

import java.util.List;

/** A registered woman's page: her registration, cooperatives, trainings, requests and their milestones. */
public record WomanPage(EntrepreneurRow registration, List<CooperativeRow> cooperatives, List<TrainingRow> trainings,
                        List<Boolean> attended, List<RequestRow> requests, List<MilestoneRow> milestones) {
}
