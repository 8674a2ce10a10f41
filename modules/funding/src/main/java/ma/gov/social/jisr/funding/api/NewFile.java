package ma.gov.social.jisr.funding.api;

/** A file handed in: its kind, the name it came with and its bytes (its type is read from the bytes). */
public record NewFile(DocumentKind kind, String fileName, byte[] content) {
}
