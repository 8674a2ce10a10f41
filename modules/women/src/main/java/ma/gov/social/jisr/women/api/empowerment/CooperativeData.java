package ma.gov.social.jisr.women.api.empowerment;

import java.time.LocalDate;

public record CooperativeData(String name, String registrationNo, Sector sector, String provinceCode,
                              LocalDate foundedOn) {
}
