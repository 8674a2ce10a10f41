package ma.gov.social.jisr.funding.internal.iso;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/** The official ISO 20022 schemas kept unchanged in the resources, and the streaming check of a file against one. */
final class OfficialSchemas {
    private OfficialSchemas() {
    }

    static Schema load(String resource) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newSchema(OfficialSchemas.class.getResource(resource));
        } catch (SAXException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Reads the file as a stream (any size); throws, with the schema's reason, if it breaks {@code schema}. */
    static void validate(Schema schema, String message, InputStream file) throws IOException {
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(file));
        } catch (SAXException broken) {
            throw new IllegalArgumentException("not a valid " + message + " file: " + broken.getMessage(), broken);
        }
    }
}
