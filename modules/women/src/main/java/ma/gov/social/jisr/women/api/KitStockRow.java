package ma.gov.social.jisr.women.api;

/** What a holder has on hand of one kind of kit; the name is in the reader's script. */
public record KitStockRow(KitHolder holder, String name, String regionCode, String provinceCode, KitKind kind,
                          int quantity) {
}
