package ma.gov.social.jisr.funding.internal.iso;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.validation.Schema;

/** The official pain.001.001.03 schema, kept unchanged in the resources, and the check of a written file. */
public final class Pain001Files {
    static final String SCHEMA = "/ma/gov/social/jisr/funding/iso20022/pain.001.001.03.xsd";
    private static final Schema OFFICIAL = OfficialSchemas.load(SCHEMA);

    private Pain001Files() {
    }

    /** Reads the file as a stream (any size) and throws, with the schema's reason, if it breaks the schema. */
    public static void validate(InputStream file) throws IOException {
        OfficialSchemas.validate(OFFICIAL, "pain.001.001.03", file);
    }
}
