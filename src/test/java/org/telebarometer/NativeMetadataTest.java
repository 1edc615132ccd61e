package org.telebarometer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.i18n.I18n;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Schema;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telebarometer.dataset.ReferenceDataFile;
import org.telebarometer.importing.PublicationInput;
import org.telebarometer.support.CaffeineClasses;

/**
 * The native image's configuration, right by construction: reads the metadata the build itself writes for
 * native-image ({@code ./mvnw package -DskipTests -Dnative -Dquarkus.native.sources-only=true}, no GraalVM needed:
 * {@code target/native-sources/*-runner.jar}) and checks it against what the application reads at run time, as the
 * build output and the GraphQL model list it (no list kept by hand here). Without that metadata the test is skipped,
 * loudly; {@code -Dtelebarometer.test.native-metadata=required} (CI) makes that a failure.
 */
@QuarkusTest
class NativeMetadataTest {

    private static final String RESOURCE_CONFIG = "META-INF/native-image/resource-config.json";

    static final String BUILD = "./mvnw package -DskipTests -Dnative -Dquarkus.native.sources-only=true";

    private static JsonNode reflection;
    private static List<Pattern> resources;
    private static Set<String> bundles;

    @Inject
    Schema model;

    @BeforeAll
    static void readTheBuildsMetadata() throws IOException {
        Optional<Path> runner = runnerJar();
        if (runner.isEmpty()) {
            String reason = "Native metadata tests skipped: no target/native-sources/*-runner.jar. Build it with " + BUILD
                    + "; -Dtelebarometer.test.native-metadata=required makes its absence a failure.";
            if ("required".equals(System.getProperty("telebarometer.test.native-metadata"))) {
                throw new AssertionError(reason);
            }
            System.err.println("[WARNING] " + reason);
            Assumptions.abort(reason);
        }
        ObjectMapper json = new ObjectMapper();
        try (ZipFile jar = new ZipFile(runner.get().toFile())) {
            reflection = json.readTree(read(jar, "META-INF/native-image/reflect-config.json"));
            JsonNode resourceConfig = json.readTree(read(jar, RESOURCE_CONFIG));
            resources = new ArrayList<>();
            resourceConfig.path("resources").path("includes")
                    .forEach(include -> resources.add(Pattern.compile(include.path("pattern").asText())));
            bundles = new TreeSet<>();
            for (JsonNode config : resourceConfigs(jar, json)) {
                config.path("bundles").forEach(bundle -> bundles.add(bundle.path("name").asText()));
            }
        }
    }

    @Test
    void everyResourceReadAtRunTimeIsIncluded() throws IOException {
        List<String> readAtRunTime = new ArrayList<>();
        for (String folder : List.of("dataset", "db/migration", "META-INF/resources")) {
            Path root = Path.of("target/classes");
            try (Stream<Path> files = Files.walk(root.resolve(folder))) {
                files.filter(Files::isRegularFile).map(file -> root.relativize(file).toString().replace('\\', '/'))
                        .forEach(readAtRunTime::add);
            }
        }

        assertThat(readAtRunTime).hasSizeGreaterThan(50)
                .filteredOn(path -> resources.stream().noneMatch(pattern -> pattern.matcher(path).matches()))
                .as("resources the application reads but the native image would leave out").isEmpty();
    }

    /**
     * GraalVM's own native-image driver gives its builder these two settings; a toolchain assembled from the builder's
     * jars, as this project's CI builds with, may not. Without them the JDK wraps the method handles of records'
     * {@code equals}/{@code hashCode} in profiling counters native-image cannot compile: every call then runs
     * through the lambda-form interpreter (bench/RESULTS.md, "Records compiled again").
     */
    @Test
    void theBuilderCompilesMethodHandlesAsGraalVMsOwnDriverDoes() throws IOException {
        Path arguments = runnerJar().orElseThrow().resolveSibling("native-image.args");
        List<String> given = List.of(Files.readString(arguments).trim().split("\\s+"));

        assertThat(given).as("the native build's arguments (%s)", arguments).contains(
                "-J-Djava.lang.invoke.MethodHandle.DONT_INLINE_THRESHOLD=-1",
                "-J-Djava.lang.invoke.MethodHandle.PROFILE_GWT=false");
    }

    @Test
    void everyCacheClassTheApplicationBuildsIsRegisteredForReflection() {
        Set<String> built = CaffeineClasses.ofTheApplication();

        assertThat(built).as("Caffeine's classes of the application's caches (a cache and an entry class each)")
                .hasSizeGreaterThanOrEqualTo(4)
                .filteredOn(name -> !registeredWithMembers(name))
                .as("Caffeine classes the native image could not instantiate (ClassNotFoundException at start)")
                .isEmpty();
    }

    @Test
    void everyAttributeImplementationOfLuceneIsRegistered() throws IOException {
        List<String> implementations = new ArrayList<>();
        for (Class<?> inJar : List.of(org.apache.lucene.util.AttributeImpl.class,
                org.apache.lucene.analysis.snowball.SnowballFilter.class)) {
            try (ZipFile jar = new ZipFile(Path.of(inJar.getProtectionDomain().getCodeSource().getLocation().getPath())
                    .toFile())) {
                jar.stream().map(entry -> entry.getName())
                        .filter(name -> name.endsWith("AttributeImpl.class") && !name.endsWith("/AttributeImpl.class"))
                        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                        .forEach(implementations::add);
            }
        }

        assertThat(implementations).hasSizeGreaterThan(10).filteredOn(name -> !registeredWithMembers(name))
                .as("Lucene attributes the native image could not make (IllegalArgumentException: Cannot find "
                        + "implementing class, at the first document indexed)").isEmpty();
    }

    @Test
    void everyResourceBundleOfGraphQLJavaIsRegistered() {
        List<String> loadedAtRunTime = Stream.of(I18n.BundleType.values())
                .map(type -> I18n.i18n(type, Locale.ENGLISH).getResourceBundle().getBaseBundleName()).toList();

        assertThat(loadedAtRunTime).isNotEmpty().filteredOn(name -> !bundles.contains(name))
                .as("graphql-java's message bundles the native image would miss (MissingResourceException: HTTP 500)")
                .isEmpty();
    }

    @Test
    void everyClassOfTheGraphQLModelIsRegisteredForReflection() {
        Set<String> classes = new LinkedHashSet<>();
        Stream.of(model.getTypes(), model.getInputs(), model.getEnums(), model.getInterfaces())
                .map(Map::values).flatMap(Collection::stream).map(Reference::getClassName).forEach(classes::add);
        Stream.of(model.getQueries(), model.getMutations()).flatMap(Collection::stream)
                .map(Operation::getClassName).forEach(classes::add);
        model.getTypes().values().forEach(type -> {
            type.getOperations().values().forEach(operation -> classes.add(operation.getClassName()));
            type.getBatchOperations().values().forEach(operation -> classes.add(operation.getClassName()));
        });
        classes.removeIf(name -> !name.startsWith("org.telebarometer."));

        assertThat(classes).hasSizeGreaterThan(30).filteredOn(name -> !registeredWithMembers(name))
                .as("GraphQL classes not registered for reflection (with their fields and methods)").isEmpty();
    }

    @Test
    void everyTypeReadFromTheDatasetFilesIsRegisteredForReflection() {
        Set<Class<?>> types = new LinkedHashSet<>();
        collect(PublicationInput.class, types);
        collect(ReferenceDataFile.class, types);

        assertThat(types).hasSizeGreaterThan(5).map(Class::getName)
                .filteredOn(name -> !registeredWithMembers(name))
                .as("dataset types not registered for reflection (with their fields and methods)").isEmpty();
    }

    /** A record and the records of this application its components hold, directly or in a list. */
    private static void collect(Class<?> type, Set<Class<?>> found) {
        if (!type.getName().startsWith("org.telebarometer.") || !found.add(type) || !type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            collect(component.getType(), found);
            if (component.getGenericType() instanceof ParameterizedType generic) {
                for (Type argument : generic.getActualTypeArguments()) {
                    if (argument instanceof Class<?> element) {
                        collect(element, found);
                    }
                }
            }
        }
    }

    private static boolean registeredWithMembers(String name) {
        Function<JsonNode, Boolean> hasMembers = entry -> (entry.path("allDeclaredMethods").asBoolean()
                || entry.path("allPublicMethods").asBoolean() || entry.has("methods"))
                && (entry.path("allDeclaredFields").asBoolean() || entry.path("allPublicFields").asBoolean()
                        || entry.has("fields") || isRecordOrEnum(name));
        for (JsonNode entry : reflection) {
            if (entry.path("name").asText().equals(name) && hasMembers.apply(entry)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRecordOrEnum(String name) {
        try {
            Class<?> type = Class.forName(name, false, NativeMetadataTest.class.getClassLoader());
            return type.isRecord() || type.isEnum();
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Optional<Path> runnerJar() throws IOException {
        Path folder = Path.of("target/native-sources");
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith("-runner.jar")).findFirst();
        }
    }

    /** Quarkus' own resource configuration and the application's (META-INF/native-image/GROUP/ARTIFACT/). */
    private static List<JsonNode> resourceConfigs(ZipFile jar, ObjectMapper json) throws IOException {
        List<JsonNode> configs = new ArrayList<>();
        for (ZipEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName();
            if (name.startsWith("META-INF/native-image/") && name.endsWith("/resource-config.json")) {
                configs.add(json.readTree(read(jar, name)));
            }
        }
        return configs;
    }

    private static byte[] read(ZipFile jar, String entry) throws IOException {
        try (InputStream in = jar.getInputStream(jar.getEntry(entry))) {
            return in.readAllBytes();
        }
    }
}
