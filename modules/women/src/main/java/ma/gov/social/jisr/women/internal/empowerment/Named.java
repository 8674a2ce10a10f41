package ma.gov.social.jisr.women.internal.empowerment;

import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.people.api.PersonDirectory;

/** Women of a list (a cooperative's members, a session's seats) named by the persons registry in one read. */
final class Named {
    /** One row of ours: the person, and what the list holds of her. */
    record Pair<V>(long personId, V value) {
    }

    interface Maker<V, T> {
        T make(long personId, String name, String nationalId, V value);
    }

    private Named() {
    }

    /** The rows in their order, each with her name and CIN ("" and none if the registry no longer has her). */
    static <V, T> List<T> of(PersonDirectory persons, List<Pair<V>> rows, Maker<V, T> maker) {
        Map<Long, PersonCard> cards = persons.cards(rows.stream().map(Pair::personId).toList());
        return rows.stream().map(row -> {
            PersonCard card = cards.get(row.personId());
            return maker.make(row.personId(), card == null ? "" : card.fullName(),
                    card == null ? null : card.nationalId(), row.value());
        }).toList();
    }
}
