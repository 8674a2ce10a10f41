package ma.gov.social.jisr.women.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The intake as the case file shows it; children by name (the case's readers may see them). */
public record IntakeDetails(LocalDate intakeOn, IntakeChannel channel, Set<ViolenceKind> kinds, Perpetrator perpetrator,
                            Set<ImmediateNeed> needs, List<String> children, Long callId) {
}
