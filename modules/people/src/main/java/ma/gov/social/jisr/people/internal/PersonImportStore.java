package ma.gov.social.jisr.people.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import ma.gov.social.jisr.people.api.PersonData;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/**
 * The person import's database side: look-ups while the file is checked (no transaction), then each
 * chunk staged (ppl_person_import) or held (ppl_import_hold) in the transaction of the import's step,
 * never in ppl_person: the import's {@link PersonStaging} publishes the staged persons at the end.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class PersonImportStore {
    @PersistenceContext(unitName = "people")
    private EntityManager em;
    /**
     * SQL for the bulk statements: EclipseLink binds a native query's parameters in a time that grows with
     * their square, and a chunk has tens of thousands. In the step's transaction all the same.
     */
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private TerritoryService territories;

    /** Which of these CINs are already registered. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<String> taken(Collection<String> cins) {
        if (cins.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select p.cin from PersonEntity p where p.cin in :cins", String.class)
                .setParameter("cins", cins).getResultList());
    }

    /** Registered persons each line may be (see {@link RegistryMatches}). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, List<Long>> similar(List<RegistryMatches.Lookup> lookups) {
        return RegistryMatches.find(new Sql(dataSource), lookups);
    }

    /** Stages the chunk's lines, except those the checker holds; returns how many were held. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int save(List<PersonLine> chunk, String tag, String username, PersonImportChecker checker) {
        List<PersonLine> staged = new ArrayList<>(chunk.size());
        List<PersonLine> held = new ArrayList<>();
        for (PersonLine line : chunk) {
            (checker.held(line.number()) ? held : staged).add(line);
        }
        stage(staged, tag, username, checker);
        hold(held, tag, checker);
        return held.size();
    }

    private void stage(List<PersonLine> lines, String tag, String username, PersonImportChecker checker) {
        long[] ids = ids(lines.size());
        LocalDateTime now = LocalDateTime.now();
        List<Object[]> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PersonData d = lines.get(i).data();
            PersonEntity person = new PersonEntity(username, now);
            person.apply(d, PersonRules.cin(d), PersonRules.phone(d), region(d), username, now);
            Object[] staged = person.stagedValues();
            Object[] values = new Object[staged.length + 2];
            values[0] = ids[i];
            values[1] = tag;
            System.arraycopy(staged, 0, values, 2, staged.length);
            rows.add(values);
            checker.staged(lines.get(i).number(), ids[i]);
        }
        new Sql(dataSource).batch("insert into ppl_person_import (id, import_tag, " + PersonEntity.STAGED_COLUMNS
                + ") values (" + String.join(", ", Collections.nCopies(21, "?")) + ")", rows);
    }

    private void hold(List<PersonLine> lines, String tag, PersonImportChecker checker) {
        if (lines.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(lines.size());
        for (PersonLine line : lines) {
            PersonData d = line.data();
            rows.add(new Object[] {tag, line.number(), d.firstNameAr(), d.lastNameAr(), d.firstNameLatin(),
                d.lastNameLatin(), d.sex(), d.birthDate(), d.birthDate() == null ? d.estimatedBirthYear() : null,
                PersonRules.cin(d), PersonRules.phone(d), d.address(), region(d), d.provinceCode(),
                joined(checker.candidates(line.number())), joined(checker.similarLines(line.number()))});
        }
        new Sql(dataSource).batch("insert into ppl_import_hold (import_tag, line_number, state, first_name_ar,"
                + " last_name_ar, first_name_lat, last_name_lat, sex, birth_date, estimated_birth_year, cin, phone,"
                + " address, region_code, province_code, candidate_ids, similar_lines) values (?, ?, 'STAGED', "
                + String.join(", ", Collections.nCopies(14, "?")) + ")", rows);
    }

    /** Fresh ids from the registry's sequence, in blocks as EclipseLink takes them (see PersonEntity.ID_BLOCK). */
    private long[] ids(int count) {
        long[] ids = new long[count];
        int filled = 0;
        while (filled < count) {
            long last = new Sql(dataSource).number("select nextval(ppl_person_seq)");
            for (long id = last - PersonEntity.ID_BLOCK + 1; id <= last && filled < count; id++) {
                ids[filled++] = id;
            }
        }
        return ids;
    }

    private String region(PersonData d) {
        return territories.province(d.provinceCode()).orElseThrow().regionCode();
    }

    static String placeholders(int rows, int columns) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        return String.join(", ", Collections.nCopies(rows, row));
    }

    private static String joined(List<Long> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
