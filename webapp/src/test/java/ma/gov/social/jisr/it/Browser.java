package ma.gov.social.jisr.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium, on loopback only; a failed test leaves a screenshot of what a person saw. */
final class Browser implements TestWatcher {
    private static WebDriver driver;

    static synchronized WebDriver driver() throws IOException {
        if (driver == null) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,900", "--lang=fr",
                    "--user-data-dir=" + Files.createTempDirectory("jisr-chromium"));
            driver = new ChromeDriver(options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
        }
        return driver;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        try {
            Path folder = Path.of(System.getProperty("jisr.it.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Path file = folder.resolve(context.getRequiredTestMethod().getName() + ".png");
            Files.write(file, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
            System.err.println("Screenshot of the failure: " + file.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot: " + e.getMessage());
        }
    }
}
