package ma.gov.social.jisr.women.web.empowerment;

/** A project's idea cut to a list's width; the request page shows all of it. */
final class Ideas {
    private Ideas() {
    }

    static String brief(String idea, int shown) {
        return idea == null || idea.length() <= shown ? idea : idea.substring(0, shown).strip() + "…";
    }
}
