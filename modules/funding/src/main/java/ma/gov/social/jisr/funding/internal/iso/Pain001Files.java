package ma.gov.social.jisr.funding.internal.iso;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/** The official pain.001.001.03 schema, kept unchanged in the resources, and the check of a written file. */
public final class Pain001Files {
    static final String SCHEMA = "/ma/gov/social/jisr/funding/iso20022/pain.001.001.03.xsd";
    private static final Schema OFFICIAL;

    static {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            OFFICIAL = factory.newSchema(Pain001Files.class.getResource(SCHEMA));
        } catch (SAXException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Pain001Files() {
    }

    /** Reads the file as a stream (any size) and throws, with the schema's reason, if it breaks the schema. */
    public static void validate(InputStream file) throws IOException {
        Validator validator = OFFICIAL.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(file));
        } catch (SAXException broken) {
            throw new IllegalArgumentException("not a valid pain.001.001.03 file: " + broken.getMessage(), broken);
        }
    }
}
