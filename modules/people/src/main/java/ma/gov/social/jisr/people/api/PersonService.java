package ma.gov.social.jisr.people.api;

import java.io.OutputStream;
import java.util.List;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.export.ExportFormat;

/**
 * The persons registry, within the caller's territory. Opening a person is audited; a person outside
 * the territory is "not found".
 */
public interface PersonService {
    /** Counting a national list of millions is slow and useless: counts stop here. */
    long COUNT_LIMIT = 100_000;

    List<PersonRow> rows(PersonFilter filter, PageRequest page);

    /** The number of matching persons, up to {@link #COUNT_LIMIT} + 1 (meaning "more"). */
    long count(PersonFilter filter);

    PersonDetails get(long id);

    /** Persons who may be the one described: same CIN anywhere, or similar name, sex and birth year in the province. */
    List<DuplicateCandidate> duplicates(PersonData data, Long excludingId);

    /**
     * Registers a person. Refused with "person.duplicates" while candidates exist and the user has not
     * confirmed that this is someone else; the confirmation is audited. The same CIN is always refused.
     */
    long create(PersonData data, boolean confirmedNotADuplicate);

    void update(long id, long version, PersonData data, boolean confirmedNotADuplicate);

    /** Keeps {@code keepId}; every link to {@code mergedId} moves to it; the merged record points to it. */
    void merge(long keepId, long mergedId);

    void addGuardian(long childId, long guardianId, GuardianRelation relation);

    void removeGuardian(long childId, long guardianId);

    long export(PersonFilter filter, ExportFormat format, OutputStream out);
}
