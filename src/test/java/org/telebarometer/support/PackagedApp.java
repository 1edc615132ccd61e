package org.telebarometer.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged application (jar or native executable, as the build produced it) run as a separate process, as an
 * operator would run it.
 */
public final class PackagedApp implements AutoCloseable {

    private static final Path TARGET = Path.of("target");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path log;
    private final URI graphql;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private PackagedApp(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.graphql = URI.create("http://localhost:" + port + "/graphql");
        this.port = port;
    }

    /** Starts the application on a free port with the given data directory, and waits until it answers. */
    public static PackagedApp start(Path dataDirectory, String... extraProperties) throws IOException {
        int port = freePort();
        List<String> properties = new ArrayList<>(database(dataDirectory));
        properties.add("-Dquarkus.http.port=" + port);
        for (String property : extraProperties) {
            properties.add("-D" + property);
        }
        Path log = Files.createTempFile(TARGET, "packaged-app-", ".log");
        Process process = new ProcessBuilder(command(properties)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        PackagedApp app = new PackagedApp(process, log, port);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> !process.isAlive() || app.answers());
        if (!process.isAlive()) {
            throw new IllegalStateException("The application stopped at start-up:\n" + app.log());
        }
        return app;
    }

    /** What a command of the packaged application printed, and how it exited. */
    public record Result(int exitCode, String output) {
    }

    /** Runs the packaged application as a command ({@code import FILE...}) on a data directory, to its end. */
    public static Result runCommand(Path dataDirectory, String... args) throws IOException, InterruptedException {
        return runToEnd(dataDirectory, List.of(), args);
    }

    /**
     * Runs the packaged application with these system properties ({@code name=value}) and arguments on a data
     * directory, to its end.
     */
    public static Result runToEnd(Path dataDirectory, List<String> properties, String... args)
            throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(database(dataDirectory));
        properties.forEach(property -> all.add("-D" + property));
        List<String> command = command(all);
        command.addAll(List.of(args));
        Path log = Files.createTempFile(TARGET, "packaged-command-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The command did not end within 2 minutes");
        }
        return new Result(process.exitValue(), Files.readString(log));
    }

    /** The raw JSON answer to a GraphQL query. */
    public String graphql(String query) {
        try {
            HttpRequest request = HttpRequest.newBuilder(graphql).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query)))).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The HTTP status of a GET of the path, or -1 when nothing answers. */
    public int status(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends SIGTERM, as a container runtime or Kubernetes does to stop a pod. */
    public void terminate() {
        process.destroy();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
    }

    private boolean answers() {
        try {
            return graphql("{ __typename }").contains("Query");
        } catch (UncheckedIOException notYet) {
            return false;
        }
    }

    /**
     * The data directory and its database: an H2 file in it, or, when the suite runs on PostgreSQL, a database of
     * its own on that server, created at first use.
     */
    private static List<String> database(Path dataDirectory) {
        String serverUrl = System.getProperty("telebarometer.test.db-url");
        String dataDir = "-Dtelebarometer.data-dir=" + dataDirectory.toAbsolutePath();
        if (!onPostgresql()) {
            return List.of(dataDir);
        }
        String user = System.getProperty("telebarometer.test.db-username");
        String password = System.getProperty("telebarometer.test.db-password");
        String name = "app_" + Integer.toHexString(dataDirectory.toAbsolutePath().toString().hashCode() & 0x7fffffff);
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement();
                ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
            if (!exists.next()) {
                statement.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name, e);
        }
        String url = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
        // the data directory still holds what is kept beside the database: the search index
        return List.of(dataDir, "-Dquarkus.datasource.jdbc.url=" + url, "-Dquarkus.datasource.username=" + user,
                "-Dquarkus.datasource.password=" + password);
    }

    /**
     * True when the package carries the data folder written at build time (the native H2 build: the pom's native
     * profile): its first start copies it instead of writing the schema, the dataset and the search index.
     */
    public static boolean carriesDataFolderSeed() throws IOException {
        return !onPostgresql() && !"jar".equals(artifact().getProperty("type"));
    }

    /** True when the suite runs on the PostgreSQL that -Ppostgresql names, rather than on H2. */
    public static boolean onPostgresql() {
        String url = System.getProperty("telebarometer.test.db-url");
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    /** A jar takes system properties before -jar; a native executable reads them from its arguments. */
    private static List<String> command(List<String> properties) throws IOException {
        Properties artifact = artifact();
        String path = TARGET.resolve(artifact.getProperty("path")).toAbsolutePath().toString();
        List<String> command = new ArrayList<>();
        if ("jar".equals(artifact.getProperty("type"))) {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(properties);
            command.add("-jar");
            command.add(path);
        } else {
            command.add(path);
            command.addAll(properties);
        }
        return command;
    }

    private static Properties artifact() throws IOException {
        Properties artifact = new Properties();
        try (InputStream in = Files.newInputStream(TARGET.resolve("quarkus-artifact.properties"))) {
            artifact.load(in);
        }
        return artifact;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
