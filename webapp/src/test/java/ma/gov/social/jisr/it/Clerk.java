package ma.gov.social.jisr.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A member of staff working through the load balancer until told to stop: the home page, the persons list,
 * and every third step a new person saved. Counts what it sent, what failed (no answer, or a server error)
 * and when it had to log in again; keeps the id of every person whose saving the server confirmed.
 */
final class Clerk implements Callable<Clerk> {
    private static final Pattern SAVED = Pattern.compile("person\\.xhtml\\?id=(\\d+)");
    private static final String CONSONANTS = "bdfgklmnrstz";
    private static final String ARABIC = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    final String username;
    private final FacesClient client;
    private final AtomicBoolean stop;
    private final int number;
    final List<Long> saved = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    int sent;
    int relogins;
    String server;

    Clerk(String username, int number, URI balancer, AtomicBoolean stop) {
        this.username = username;
        this.number = number;
        this.client = new FacesClient(balancer, java.net.http.HttpClient.Version.HTTP_1_1); // as browsers speak
        this.stop = stop;
    }

    /** Logs in through the balancer and notes the server it was given. */
    Clerk logIn() throws IOException, InterruptedException {
        sent += 2;
        int status = client.login(username, PlatformIT.PASSWORD).statusCode();
        if (status != 302) {
            failures.add("login answered " + status);
        }
        server = client.cookie("JISR_SERVER");
        return this;
    }

    FacesClient client() {
        return client;
    }

    @Override
    public Clerk call() throws Exception {
        for (int step = 0; !stop.get(); step++) {
            if (step % 3 == 2) {
                savePerson(step);
            } else {
                open(step % 3 == 0 ? "index.xhtml" : "people/persons.xhtml");
            }
        }
        return this;
    }

    /** The page's body, or null when the session was gone (logged in again) or the request failed. */
    private String open(String path) throws InterruptedException {
        sent++;
        try {
            HttpResponse<String> page = client.get(path, PATIENCE);
            if (page.statusCode() == 200) {
                return page.body();
            }
            answered(path, page);
        } catch (IOException noAnswer) {
            failures.add(path + ": " + noAnswer);
        }
        return null;
    }

    private void savePerson(int step) throws InterruptedException, IOException {
        String form = open("people/personEdit.xhtml");
        if (form == null) {
            return;
        }
        String latin = "Zzfo" + name(CONSONANTS, number * 10_000 + step);
        Map<String, String> fields = new HashMap<>(Map.of("firstNameAr", "سعاد", "lastNameAr", "زز" + name(ARABIC,
                number * 10_000 + step), "firstNameLatin", "Souad", "lastNameLatin", latin, "sex", "FEMALE",
                "birthYear_hinput", "1980", "birthYear_input", "1980", "province_input", "MA-CAS"));
        for (int attempt = 0; attempt < 2; attempt++) {
            sent++;
            HttpResponse<String> answer;
            try {
                answer = client.submit("people/personEdit.xhtml", form, "person", fields, "save");
            } catch (IOException noAnswer) {
                failures.add("save: " + noAnswer);
                return;
            }
            Matcher id = SAVED.matcher(answer.headers().firstValue("Location").orElse(""));
            if (answer.statusCode() == 302 && id.find()) {
                saved.add(Long.parseLong(id.group(1)));
                return;
            }
            if (answer.statusCode() != 200 || !answer.body().contains("id=\"person:candidates\"")) {
                answered("save", answer);
                return;
            }
            // a similar name exists (another clerk's): confirm, as a clerk does after looking at it
            form = answer.body();
            fields.put("confirmed_input", "on");
        }
    }

    /** Any answer but the expected one: the login page means the session is gone; anything else failed. */
    private void answered(String what, HttpResponse<String> answer) throws IOException, InterruptedException {
        if (answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
            relogins++;
            logIn();
        } else {
            failures.add(what + " answered " + answer.statusCode());
        }
    }

    private static String name(String letters, int n) {
        StringBuilder name = new StringBuilder();
        for (int rest = n; name.length() < 6; rest /= letters.length()) {
            name.append(letters.charAt(rest % letters.length()));
        }
        return name.toString();
    }
}
