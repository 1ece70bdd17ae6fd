package org.collabacademy;

import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * Runs a benchmark on the embedded H2 database and then on PostgreSQL (from COLLABACADEMY_TEST_POSTGRES_URL,
 * default the local test database, in a schema of its own, emptied first), and prints both results together.
 */
public final class BenchmarkDatabases {

    /** One benchmark run against the application started with these datasource arguments; returns its result lines. */
    public interface Run {
        List<String> on(String database, List<String> datasourceArguments) throws Exception;
    }

    private BenchmarkDatabases() {
    }

    /** Starts the whole application on the given database, quietly, with the shipped courses and no background jobs. */
    public static org.springframework.context.ConfigurableApplicationContext start(List<String> datasourceArguments) {
        List<String> args = new ArrayList<>(datasourceArguments);
        java.nio.file.Path content = java.nio.file.Files.isDirectory(java.nio.file.Path.of("course-content"))
                ? java.nio.file.Path.of("course-content") : java.nio.file.Path.of("../course-content");
        args.addAll(List.of("--collabacademy.content.dir=" + content, "--server.port=0", "--logging.level.root=warn",
                "--logging.structured.format.console=", "--spring.main.banner-mode=off", "--collabacademy.xapi.delivery.scheduled=false",
                "--collabacademy.forum.digest.cron=-", "--collabacademy.quiz.deadlines.scheduled=false"));
        return new org.springframework.boot.builder.SpringApplicationBuilder(CollabAcademyApplication.class).run(args.toArray(String[]::new));
    }

    /** The median time in milliseconds of {@code runs} runs, after {@code warmUps} runs that are not counted. */
    public static double median(int warmUps, int runs, java.util.function.Supplier<?> action) {
        for (int i = 0; i < warmUps; i++) {
            action.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            action.get();
            times.add((System.nanoTime() - started) / 1e6);
        }
        return times.stream().sorted().toList().get(times.size() / 2);
    }

    public static void printBoth(String name, Run run) throws Exception {
        String postgres = System.getenv().getOrDefault("COLLABACADEMY_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getenv().getOrDefault("COLLABACADEMY_TEST_POSTGRES_USER", "postgres");
        String schema = "collabacademy_bench_" + name;
        List<String> lines = new ArrayList<>(run.on("H2", List.of("--spring.datasource.url=jdbc:h2:mem:" + name
                + "-bench;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")));
        try {
            Flyway.configure().dataSource(postgres, user, "").schemas(schema).cleanDisabled(false).load().clean();
            lines.addAll(run.on("PostgreSQL", List.of("--spring.datasource.url=" + postgres, "--spring.datasource.username=" + user,
                    "--spring.datasource.password=", "--spring.datasource.hikari.schema=" + schema,
                    "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema)));
        } catch (RuntimeException unreachable) {
            lines.add("PostgreSQL not reachable at " + postgres + " (" + unreachable.getMessage() + "): skipped");
        }
        System.out.println();
        lines.forEach(System.out::println);
    }
}
