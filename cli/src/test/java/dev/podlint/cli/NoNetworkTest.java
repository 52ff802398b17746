package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** podlint never fetches: a schema's remote {@code $ref}, {@code $id} and {@code $schema} open no connection. */
class NoNetworkTest {

    @TempDir
    Path dir;

    @Test
    void aSchemaPointingAtAServerIsNeverFetched() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String base = "http://127.0.0.1:" + server.getLocalPort();
            Files.createDirectories(dir.resolve("schemas"));
            Files.writeString(dir.resolve("schemas/widget-example-v1.json"), """
                    {"$schema": "%1$s/schema", "$id": "%1$s/widget.json", "type": "object",
                     "properties": {"spec": {"$ref": "%1$s/spec.json"}}}
                    """.formatted(base));
            Path widget = dir.resolve("widget.yaml");
            Files.writeString(
                    widget, "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: 1\n");
            CliRun run = CliRun.of(
                    "lint", "--schema-location", dir.resolve("schemas").toString(), widget.toString());
            assertThat(run.out() + run.err()).contains("widget.yaml");
            server.setSoTimeout(200);
            boolean connected;
            try (var ignored = server.accept()) {
                connected = true;
            } catch (SocketTimeoutException none) {
                connected = false;
            }
            assertThat(connected).as("podlint connected to " + base).isFalse();
        }
    }
}
