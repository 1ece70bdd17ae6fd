package org.collabacademy.xapi;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real HTTP server on loopback that plays an LRS: answers 200, 409, 400 for one statement, 503, or hangs. */
final class StubLrs implements AutoCloseable {

    enum Mode { OK, CONFLICT, UNAVAILABLE, HANG }

    private final HttpServer server;
    volatile Mode mode = Mode.OK;
    volatile String refuse = "";
    final List<String> received = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();

    StubLrs() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.createContext("/xapi/statements", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")) + " "
                    + exchange.getRequestHeaders().getFirst("X-Experience-API-Version"));
            List<String> ids = ids(body);
            int status;
            String answer = "";
            if (mode == Mode.HANG) {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                status = 200;
            } else if (mode == Mode.UNAVAILABLE) {
                status = 503;
                answer = "down for maintenance";
            } else if (ids.contains(refuse)) {
                status = 400;
                answer = "{\"message\":\"result.score.scaled out of range\"}";
            } else {
                received.addAll(ids);
                status = mode == Mode.CONFLICT ? 409 : 200;
                answer = mode == Mode.CONFLICT ? "exists" : ids.toString();
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/xapi/";
    }

    /** The ids of the statements in a batch, whatever the order of their properties. */
    static List<String> ids(String body) {
        return XapiJson.JSON.readTree(body).valueStream().map(statement -> statement.path("id").asString()).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
