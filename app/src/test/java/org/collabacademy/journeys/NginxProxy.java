package org.collabacademy.journeys;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Debian's nginx in front of two jars, with the configuration users get (docker/nginx/*.template, filled in as
 * docker/two-nodes.sh does), on a free port, as an ordinary process: its files live in a temporary folder.
 */
final class NginxProxy implements Site, AutoCloseable {

    private static final Path TEMPLATES = Path.of("../docker/nginx");

    private final Process process;
    private final Path folder;
    private final int port;

    private NginxProxy(Process process, Path folder, int port) {
        this.process = process;
        this.folder = folder;
        this.port = port;
    }

    /** The nginx binary: NGINX, else the one on the PATH or in /usr/sbin. */
    static Optional<Path> binary() {
        Stream<String> places = Stream.concat(Stream.ofNullable(System.getenv("NGINX")),
                Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(":")).map(dir -> dir + "/nginx"), Stream.of("/usr/sbin/nginx")));
        return places.map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Starts nginx for node1 and node2 on these ports of this machine and waits until it listens. */
    static NginxProxy start(int node1, int node2) throws Exception {
        Path folder = Files.createTempDirectory("collabacademy-nginx");
        // when started as root, nginx's workers run as nobody and must reach their temporary files in here
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(folder.resolve("temp"));
        int port = RunningApp.freePort();
        Map<String, String> values = Map.of("COLLABACADEMY_NODE1", "127.0.0.1:" + node1, "COLLABACADEMY_NODE2", "127.0.0.1:" + node2,
                "COLLABACADEMY_LISTEN", "127.0.0.1:" + port, "COLLABACADEMY_NGINX_DIR", folder.toString());
        render("local.conf.template", folder.resolve("nginx.conf"), values);
        render("collabacademy.conf.template", folder.resolve("collabacademy.conf"), values);
        Process process = new ProcessBuilder(binary().orElseThrow().toString(), "-p", folder + "/", "-c", folder.resolve("nginx.conf").toString(),
                "-e", folder.resolve("error.log").toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(folder.resolve("nginx.out").toFile()).start();
        NginxProxy proxy = new NginxProxy(process, folder, port);
        proxy.awaitListening(Duration.ofSeconds(20));
        return proxy;
    }

    private static void render(String template, Path target, Map<String, String> values) throws IOException {
        String text = Files.readString(TEMPLATES.resolve(template));
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("${" + value.getKey() + "}", value.getValue());
        }
        Files.writeString(target, text);
    }

    private void awaitListening(Duration patience) throws Exception {
        Instant until = Instant.now().plus(patience);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped at start:\n" + Files.readString(folder.resolve("nginx.out")));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx does not listen on " + port + " after " + patience);
    }

    @Override
    public String url(String path) {
        return "http://127.0.0.1:" + port + (path.startsWith("/") ? path : "/" + path);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        process.waitFor();
        Path logs = Files.createDirectories(Browser.SCREENSHOTS.resolve("logs"));
        for (String log : new String[] {"access.log", "error.log", "nginx.out"}) {
            if (Files.exists(folder.resolve(log))) {
                Files.copy(folder.resolve(log), logs.resolve(folder.getFileName() + "-" + log), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(folder);
    }
}
