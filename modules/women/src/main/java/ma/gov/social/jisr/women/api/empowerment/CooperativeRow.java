package ma.gov.social.jisr.women.api.empowerment;

import java.time.LocalDate;

public record CooperativeRow(long id, String name, String registrationNo, Sector sector, String regionCode,
                             String provinceCode, LocalDate foundedOn, int members) {
}
