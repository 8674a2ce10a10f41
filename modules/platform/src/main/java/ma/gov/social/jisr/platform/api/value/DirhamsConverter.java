package ma.gov.social.jisr.platform.api.value;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/** Maps {@link Dirhams} to a DECIMAL(…,2) column. Entities name it on their money fields. */
@Converter
public class DirhamsConverter implements AttributeConverter<Dirhams, BigDecimal> {
    @Override
    public BigDecimal convertToDatabaseColumn(Dirhams value) {
        return value == null ? null : value.amount();
    }

    @Override
    public Dirhams convertToEntityAttribute(BigDecimal value) {
        return value == null ? null : new Dirhams(value);
    }
}
