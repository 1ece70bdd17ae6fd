package org.collabacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What the README promises a newcomer: in demo mode the listed accounts exist and sign in. */
// its own in-memory database, so that the demo accounts never reach the database of the other tests (which
// assert that outside demo mode they do not exist, whatever order the tests run in)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:collabacademy-demo-test;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@ActiveProfiles({"test", "demo"})
class DemoModeTest {

    @LocalServerPort int port;
    @Autowired UserAccountRepository repository;

    @Test
    void every_demo_account_exists_with_its_role() {
        for (DemoAccounts.DemoAccount demo : DemoAccounts.ALL) {
            assertThat(repository.findByEmail(demo.email()).orElseThrow().roles()).containsAll(demo.roles());
        }
    }

    @Test
    void the_demo_learner_signs_in_with_the_password_from_the_readme() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String form = "username=" + URLEncoder.encode("learner@demo.collabacademy.org", StandardCharsets.UTF_8) + "&password=learn-together-2026";
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error").endsWith("/");
    }
}
