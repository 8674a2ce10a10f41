package ma.gov.social.jisr.platform.api.module;

/**
 * One entry of the main menu. {@code group}: the label key of the submenu it belongs to, or null for the
 * menu bar itself. {@code permission}: who sees it (null: any member of staff).
 */
public record MenuEntry(String id, String labelKey, String outcome, String icon, String permission, String group) {
    public static MenuEntry top(String id, String labelKey, String outcome, String icon, String permission) {
        return new MenuEntry(id, labelKey, outcome, icon, permission, null);
    }
}
