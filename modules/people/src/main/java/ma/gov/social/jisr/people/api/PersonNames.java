package ma.gov.social.jisr.people.api;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * When two spellings of a name are the same name. A name is reduced to a key (consonants, with each
 * run of vowels as one "a"), after the usual transliteration variants are unified: accents, el/al,
 * ou/u/w, ch/sh, dj/j, q/k, doubled letters, and a short list of given names whose spellings differ
 * by more than that (Mohamed, Mhamed, Muhammad...). Keys are stored and indexed, so candidates are
 * found by the database; {@link #similarLatin} then checks that the vowels do not contradict each
 * other (Hassan is not Hussein). Arabic is normalised the same way: hamza and alef forms, ta marbuta,
 * alef maqsura, diacritics, the article.
 */
public final class PersonNames {
    private static final Map<String, String> GIVEN_NAME_VARIANTS = variants(
            "mohamed", "mohammed mhamed mhammed muhammad muhammed mohammad mohamad mouhamed mouhammed mohemed"
                    + " mhamad mehamed",
            "fatima", "fatma fatema fatimah",
            "abdellah", "abdallah abdullah abdelah abdella",
            "noureddine", "nourdine noredine nourddine nouredine",
            "ahmed", "ahmad",
            "mustapha", "mustafa moustapha moustafa mostafa");
    private static final Map<String, String> ARABIC_VARIANTS = Map.of("امحمد", "محمد");

    private PersonNames() {
    }

    private static Map<String, String> variants(String... pairs) {
        Map<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            for (String variant : pairs[i + 1].split(" ")) {
                map.put(variant, pairs[i]);
            }
        }
        return Map.copyOf(map);
    }

    /** The indexed key of a name in Latin script; "" for a blank name. */
    public static String latinKey(String name) {
        return skeleton(latinTokens(name), true);
    }

    /** The indexed key of a name in Arabic script; "" for a blank name. */
    public static String arabicKey(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder joined = new StringBuilder();
        for (String token : Normalizer.normalize(name, Normalizer.Form.NFC).trim().split("[\\s\\-]+")) {
            String t = token.replaceAll("[\\u064B-\\u065F\\u0670\\u0640]", "")
                    .replaceAll("[أإآٱ]", "ا").replace('ة', 'ه').replace('ى', 'ي').replace('ؤ', 'و')
                    .replace('ئ', 'ي').replace("ء", "").replaceAll("[^\\u0621-\\u064A]", "");
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("ال") && t.length() >= 5) {
                t = t.substring(2);
            }
            joined.append(ARABIC_VARIANTS.getOrDefault(t, t));
        }
        return collapseDoubles(joined.toString());
    }

    /** Same key and vowels that do not contradict each other. */
    public static boolean similarLatin(String a, String b) {
        List<String> ta = latinTokens(a);
        List<String> tb = latinTokens(b);
        String ka = skeleton(ta, true);
        if (ka.isEmpty() || !ka.equals(skeleton(tb, true))) {
            return false;
        }
        return vowelsAgree(vowels(ta), vowels(tb));
    }

    /**
     * The vowels of a Latin name as {@link #similarLatin} compares them, one class letter per run: with
     * both names' keys and vowels computed once, comparing many names with many stays cheap (an import
     * compares every line with the earlier ones). {@code similarLatin(a, b)} is {@code latinKey(a)} not
     * empty and equal to {@code latinKey(b)}, and {@code vowelsAgree(latinVowels(a), latinVowels(b))}.
     */
    public static String latinVowels(String name) {
        return vowels(latinTokens(name));
    }

    public static boolean vowelsAgree(String a, String b) {
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && x != 'e' && y != 'e') {
                return false;
            }
        }
        return true;
    }

    private static String vowels(List<String> tokens) {
        StringBuilder classes = new StringBuilder();
        vowelClasses(skeleton(tokens, false)).forEach(classes::append);
        return classes.toString();
    }

    public static boolean similarArabic(String a, String b) {
        String ka = arabicKey(a);
        return !ka.isEmpty() && ka.equals(arabicKey(b));
    }

    private static List<String> latinTokens(String name) {
        List<String> tokens = new ArrayList<>();
        if (name == null) {
            return tokens;
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").trim();
        StringBuilder joined = new StringBuilder();
        for (String token : plain.split(" ")) {
            if (!token.isEmpty() && !token.equals("el") && !token.equals("al")) {
                joined.append(GIVEN_NAME_VARIANTS.getOrDefault(token, token));
            }
        }
        String whole = GIVEN_NAME_VARIANTS.getOrDefault(joined.toString(), joined.toString());
        while (whole.length() >= 6 && (whole.startsWith("el") || whole.startsWith("al"))) {
            whole = whole.substring(2);
        }
        if (!whole.isEmpty()) {
            tokens.add(whole);
        }
        return tokens;
    }

    /**
     * Consonants with vowel runs. When {@code reduceVowels}, each run becomes "a" (the key); otherwise
     * runs are kept as written, for the vowel check.
     */
    private static String skeleton(List<String> tokens, boolean reduceVowels) {
        if (tokens.isEmpty()) {
            return "";
        }
        String s = tokens.get(0);
        s = s.replace("ou", "u").replace("ph", "f").replace("sch", "x").replace("ch", "x").replace("sh", "x")
                .replace("dj", "j").replace("ck", "k").replace('q', 'k');
        s = s.charAt(0) + s.substring(1).replace('w', 'u');
        if (s.charAt(0) == 'w') {
            s = "u" + s.substring(1);
        }
        s = collapseDoubles(s);
        if (s.length() > 2 && s.endsWith("h") && isVowel(s.charAt(s.length() - 2), true)) {
            s = s.substring(0, s.length() - 1);
        }
        StringBuilder out = new StringBuilder();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isVowel(c, i > 0)) {
                run.append(c);
            } else {
                flush(out, run, reduceVowels);
                out.append(c);
            }
        }
        flush(out, run, reduceVowels);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder run, boolean reduce) {
        if (run.length() > 0) {
            out.append(reduce ? "a" : "[" + run + "]");
            run.setLength(0);
        }
    }

    /** i for runs with i or y (diphthongs ai, ay, ei too), u for o/u, a for a, e (free) for e only. */
    private static List<Character> vowelClasses(String withRuns) {
        List<Character> classes = new ArrayList<>();
        int open = withRuns.indexOf('[');
        while (open >= 0) {
            int close = withRuns.indexOf(']', open);
            String run = withRuns.substring(open + 1, close);
            classes.add(run.contains("i") || run.contains("y") ? 'i'
                    : run.contains("u") || run.contains("o") ? 'u' : run.contains("a") ? 'a' : 'e');
            open = withRuns.indexOf('[', close);
        }
        return classes;
    }

    private static boolean isVowel(char c, boolean yIsVowel) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || (yIsVowel && c == 'y');
    }

    private static String collapseDoubles(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
