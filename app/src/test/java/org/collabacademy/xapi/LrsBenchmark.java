package org.collabacademy.xapi;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.collabacademy.BenchmarkDatabases;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Benchmark (not a test), on H2 and PostgreSQL side by side: statements accepted per second through the
 * Statement API over HTTP in batches of 1, 10 and 100, next to the same batches stored directly through
 * the service; and a filtered GET (one agent's statements, a page of 100) at 10,000 and 1,000,000 stored
 * statements, over HTTP next to the direct query.
 */
public final class LrsBenchmark {

    private static final int FEW = 10_000;
    private static final int MANY = 1_000_000;

    public static void main(String[] args) throws Exception {
        BenchmarkDatabases.printBoth("lrs", LrsBenchmark::run);
    }

    private static List<String> run(String database, List<String> datasource) throws Exception {
        try (ConfigurableApplicationContext context = BenchmarkDatabases.start(datasource)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            LrsStatements statements = context.getBean(LrsStatements.class);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String secret = "bench-secret";
            jdbc.update("insert into lrs_client (name, api_key, secret_hash, scopes, enabled, created_at) values ('bench', 'bench-key', ?, ?, true, ?)",
                    context.getBean(PasswordEncoder.class).encode(secret), "STATEMENTS_READ,STATEMENTS_WRITE", Timestamp.from(Instant.now()));
            long clientId = jdbc.queryForObject("select id from lrs_client where api_key = 'bench-key'", Long.class);
            LrsCaller caller = new LrsCaller(clientId, "bench-key", "bench", java.util.EnumSet.of(LrsClient.Scope.STATEMENTS_READ,
                    LrsClient.Scope.STATEMENTS_WRITE), null);
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null,
                    List.of(new SimpleGrantedAuthority(LrsAuthentication.CLIENT), new SimpleGrantedAuthority("SCOPE_STATEMENTS_READ"),
                            new SimpleGrantedAuthority("SCOPE_STATEMENTS_WRITE"))));
            Http http = new Http(port, "bench-key", secret);
            List<String> lines = new ArrayList<>();
            try {
                for (int batch : new int[] {1, 10, 100}) {
                    int total = batch == 1 ? 1_000 : 3_000;
                    http.post(batches(batch, 50 * batch));  // warm up
                    double overHttp = rate(total, () -> http.post(batches(batch, total)));
                    double direct = rate(total, () -> {
                        for (ArrayNode each : batches(batch, total)) {
                            List<JsonNode> list = new ArrayList<>();
                            each.forEach(list::add);
                            statements.store(list, List.of());
                        }
                    });
                    lines.add(String.format(Locale.ROOT, "%-10s POST batches of %3d   HTTP %,8.0f statements/s   direct %,8.0f statements/s   ratio %4.2f",
                            database, batch, overHttp, direct, overHttp / direct));
                }
                fill(jdbc, FEW - count(jdbc));
                analyze(jdbc, database);
                double[] few = get(http, statements);
                fill(jdbc, MANY - count(jdbc));
                analyze(jdbc, database);
                double[] many = get(http, statements);
                lines.add(String.format(Locale.ROOT, "%-10s GET one agent, page of 100  %,d stored: HTTP %6.1f ms direct %6.1f ms   %,d stored: HTTP %6.1f ms direct %6.1f ms   ratio %4.1f",
                        database, FEW, few[0], few[1], MANY, many[0], many[1], many[0] / few[0]));
                return lines;
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    private static final String AGENT = "{\"mbox\":\"mailto:learner-7@bench.example\"}";

    private static double[] get(Http http, LrsStatements statements) {
        Map<String, String> filter = Map.of("agent", AGENT, "limit", "100");
        LrsQuery query = LrsQuery.parse(filter);
        return new double[] {
                BenchmarkDatabases.median(5, 21, () -> http.get("/xapi/statements?agent=" + URLEncoder.encode(AGENT, StandardCharsets.UTF_8) + "&limit=100")),
                BenchmarkDatabases.median(5, 21, () -> statements.query(query))};
    }

    private static int count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from xapi_statement", Integer.class);
    }

    private static void analyze(JdbcTemplate jdbc, String database) {
        if (database.equals("PostgreSQL")) {
            jdbc.execute("analyze");
        }
    }

    /** Writes generated statements with JDBC batches: the same rows the service writes, 1,000 learners. */
    private static void fill(JdbcTemplate jdbc, int howMany) {
        Timestamp now = Timestamp.from(Instant.now());
        int chunk = 5_000;
        for (int start = 0; start < howMany; start += chunk) {
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> agents = new ArrayList<>();
            List<Object[]> activities = new ArrayList<>();
            for (int i = start; i < Math.min(howMany, start + chunk); i++) {
                UUID id = UUID.randomUUID();
                String mbox = "mailto:learner-" + (i % 1000) + "@bench.example";
                String activity = "http://bench.example/activities/" + (i % 500);
                String json = "{\"id\":\"" + id + "\",\"actor\":{\"mbox\":\"" + mbox + "\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"},"
                        + "\"object\":{\"id\":\"" + activity + "\"},\"stored\":\"" + now.toInstant() + "\",\"timestamp\":\"" + now.toInstant() + "\",\"version\":\"1.0.0\"}";
                Timestamp stored = new Timestamp(now.getTime() - (howMany - i) * 10L);
                rows.add(new Object[] {id, stored, stored, "http://adlnet.gov/expapi/verbs/experienced", activity, json, "mbox:" + mbox});
                agents.add(new Object[] {id, "mbox:" + mbox});
                activities.add(new Object[] {id, activity});
            }
            jdbc.batchUpdate("insert into xapi_statement (id, stored_at, statement_timestamp, verb, activity_id, voided, statement, actor_ifi, authority) "
                    + "values (?, ?, ?, ?, ?, false, ?, ?, 'bench')", rows);
            jdbc.batchUpdate("insert into xapi_statement_agent (statement_id, ifi, direct) values (?, ?, true)", agents);
            jdbc.batchUpdate("insert into xapi_statement_activity (statement_id, activity_id, direct) values (?, ?, true)", activities);
        }
    }

    private static List<ArrayNode> batches(int size, int total) {
        List<ArrayNode> batches = new ArrayList<>();
        for (int i = 0; i < total; i += size) {
            ArrayNode batch = XapiJson.JSON.createArrayNode();
            for (int j = 0; j < size; j++) {
                ObjectNode statement = batch.addObject();
                statement.putObject("actor").put("mbox", "mailto:writer-" + (i + j) % 100 + "@bench.example");
                statement.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/answered");
                statement.putObject("object").put("id", "http://bench.example/quiz/" + (i + j) % 50);
                statement.putObject("result").put("success", true).putObject("score").put("scaled", 0.8);
            }
            batches.add(batch);
        }
        return batches;
    }

    private static double rate(int statements, Runnable work) {
        long started = System.nanoTime();
        work.run();
        return statements / ((System.nanoTime() - started) / 1e9);
    }

    /** A plain HTTP client with Basic credentials and the version header. */
    private record Http(HttpClient client, String base, String authorization) {

        Http(int port, String key, String secret) {
            this(HttpClient.newHttpClient(), "http://localhost:" + port,
                    "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        }

        void post(List<ArrayNode> batches) {
            for (ArrayNode batch : batches) {
                HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/xapi/statements"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(batch.toString())));
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("POST refused: " + response.statusCode() + " " + response.body());
                }
            }
        }

        String get(String path) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET refused: " + response.statusCode() + " " + response.body());
            }
            return response.body();
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.header("Authorization", authorization).header("X-Experience-API-Version", "1.0.3").build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
