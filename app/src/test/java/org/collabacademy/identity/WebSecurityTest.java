package org.collabacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import org.collabacademy.IntegrationTest;
import org.collabacademy.TestAccounts;
import org.collabacademy.TestBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-in, sessions and operations endpoints over real HTTP against the running app. */
@IntegrationTest
class WebSecurityTest {

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;
    @Autowired AccountService service;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void health_probes_are_open_to_everyone() throws Exception {
        TestBrowser anonymous = new TestBrowser(port);
        assertThat(anonymous.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        HttpResponse<String> readiness = anonymous.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("UP");
    }

    @Test
    void metrics_need_an_administrator() throws Exception {
        var learner = accounts.create("metrics-learner");
        TestBrowser browser = new TestBrowser(port);
        assertThat(browser.get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(browser.getWithBasic("/actuator/prometheus", learner.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = browser.getWithBasic("/actuator/prometheus", TestAccounts.FIRST_ADMIN, TestAccounts.PASSWORD);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds");
        // Spring Security's per-filter observations are off (application.properties: they cost server time under load)
        assertThat(metrics.body()).doesNotContain("spring_security_filterchains");
    }

    @Test
    void pages_that_need_an_account_send_visitors_to_sign_in() throws Exception {
        HttpResponse<String> response = new TestBrowser(port).get("/admin/users");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/signin");
    }

    @Test
    void signing_in_changes_the_session_id() throws Exception {
        var user = accounts.create("fixation");
        TestBrowser browser = new TestBrowser(port);
        browser.get("/signin");
        String before = browser.sessionId();

        HttpResponse<String> response = browser.signIn(user.email(), TestAccounts.PASSWORD);

        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(browser.sessionId()).isNotBlank().isNotEqualTo(before);
    }

    @Test
    void repeated_failures_for_one_account_slow_down_even_the_right_password() throws Exception {
        var user = accounts.create("guessed");
        TestBrowser attacker = new TestBrowser(port);
        for (int i = 0; i < SignInThrottle.ACCOUNT_ATTEMPTS; i++) {
            assertThat(attacker.signIn(user.email(), "wrong guess " + i).headers().firstValue("Location").orElseThrow())
                    .endsWith("/signin?error");
        }
        String location = new TestBrowser(port).signIn(user.email(), TestAccounts.PASSWORD).headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/signin?wait=");
        long seconds = Long.parseLong(location.substring(location.indexOf("wait=") + 5));
        assertThat(seconds).isBetween(1L, 60L);
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_its_open_session_ends() throws Exception {
        var user = accounts.create("leaver");
        TestBrowser browser = new TestBrowser(port);
        browser.signIn(user.email(), TestAccounts.PASSWORD);
        assertThat(browser.get("/admin/users").statusCode()).isNotEqualTo(302);

        accounts.signIn(TestAccounts.FIRST_ADMIN);
        service.updateAccess(user.id(), EnumSet.of(Role.LEARNER), false);

        HttpResponse<String> next = browser.get("/admin/users");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).contains("/signin");
        assertThat(new TestBrowser(port).signIn(user.email(), TestAccounts.PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/signin?error");
    }

    @Test
    void pages_carry_the_security_headers_and_the_session_cookie_is_http_only_and_same_site() throws Exception {
        HttpResponse<String> landing = new TestBrowser(port).get("/signin");
        assertThat(landing.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors 'self'", "object-src 'none'", "default-src 'self'"));
        assertThat(landing.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(landing.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(landing.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        assertThat(landing.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID=")).allSatisfy(cookie ->
                assertThat(cookie).contains("HttpOnly", "SameSite=Lax"));
    }

    @Autowired UserSessions userSessions;

    @Test
    void signing_out_ends_the_persons_sessions_on_every_device() throws Exception {
        var user = accounts.create("two-devices");
        TestBrowser laptop = new TestBrowser(port);
        TestBrowser phone = new TestBrowser(port);
        laptop.signIn(user.email(), TestAccounts.PASSWORD);
        phone.signIn(user.email(), TestAccounts.PASSWORD);
        assertThat(phone.get("/my-learning").statusCode()).isEqualTo(200);

        // what the sign-out of the laptop runs (Vaadin's logout calls the chain's logout handlers)
        userSessions.logout(null, null, org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                user.email(), null, java.util.List.of()));

        for (TestBrowser device : java.util.List.of(laptop, phone)) {
            HttpResponse<String> next = device.get("/my-learning");
            assertThat(next.statusCode()).isEqualTo(302);
            assertThat(next.headers().firstValue("Location").orElseThrow()).contains("/signin");
        }
    }

    @Test
    void behind_an_https_proxy_the_session_cookie_is_secure() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/signin"));
        HttpResponse<String> viaProxy = client.send(request.header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(viaProxy.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID=")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("Secure", "HttpOnly"));
        HttpResponse<String> direct = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/signin")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(direct.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID=")).noneMatch(c -> c.contains("Secure"));
    }

    @Test
    void a_person_downloads_their_own_data_and_nobody_elses() throws Exception {
        var me = accounts.create("exporter");
        var other = accounts.create("someone-else");
        TestBrowser browser = new TestBrowser(port);
        assertThat(browser.get("/account/my-data.json").statusCode()).isEqualTo(302);
        browser.signIn(me.email(), TestAccounts.PASSWORD);
        HttpResponse<String> download = browser.get("/account/my-data.json");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(download.body());
        assertThat(json.path("account").path("account").get(0).path("email").asString()).isEqualTo(me.email());
        assertThat(json.propertyNames()).contains("account", "course", "progress", "quizzes", "certificates", "forum", "directory", "learning records");
        assertThat(download.body()).doesNotContain(other.email()).doesNotContain("password");
    }
}
