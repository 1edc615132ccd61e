package org.telebarometer;

import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.telebarometer.dataset.PrepareCommand;
import org.telebarometer.graphql.engine.StandardScalars;
import org.telebarometer.importing.ImportCommand;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Serves the API; or, with {@code import FILE...}, imports publication files and exits; or, with {@code prepare},
 * writes the data folder (schema, shipped dataset, search index) and exits.
 */
@QuarkusMain
public class TelebarometerMain implements QuarkusApplication {

    private static final String IMPORT = "import";
    private static final String JSON_PROVIDER = "jakarta.json.provider";

    @Inject
    ImportCommand importCommand;

    @Inject
    PrepareCommand prepareCommand;

    public static void main(String... args) {
        // the JSON log formatters find their JSON-P provider by name instead of through the service loader, once
        // per formatter (measured: 12 ms of a native start, where every resource lookup is slow)
        if (System.getProperty(JSON_PROVIDER) == null) {
            System.setProperty(JSON_PROVIDER, "org.eclipse.parsson.JsonProviderImpl");
        }
        // before Quarkus starts, as SmallRye builds its schema then: no rebuild of the schema to swap its scalars
        StandardScalars.registerWithSmallRye();
        if (args.length > 0 && (IMPORT.equals(args[0]) || PrepareCommand.NAME.equals(args[0]))) {
            // A command, not a server: it must not take the HTTP port of a running service.
            System.setProperty("quarkus.http.host-enabled", "false");
        }
        if (initializesAndExits()) {
            // The Kubernetes migration job: Quarkus stops the application inside its start, then looks up the
            // QuarkusApplication in the stopped container and fails (exit 1 after a successful migration). Without
            // one it just exits.
            Quarkus.run(args);
            return;
        }
        Quarkus.run(TelebarometerMain.class, args);
    }

    private static boolean initializesAndExits() {
        String value = System.getProperty("quarkus.init-and-exit", System.getenv("QUARKUS_INIT_AND_EXIT"));
        return Boolean.parseBoolean(value);
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        if (IMPORT.equals(args[0])) {
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            return importCommand.run(rest, System.out, System.err);
        }
        if (PrepareCommand.NAME.equals(args[0]) && args.length == 1) {
            return prepareCommand.run(System.out);
        }
        System.err.println("Unknown command '" + String.join(" ", args) + "'. " + ImportCommand.USAGE + ", or: "
                + PrepareCommand.NAME);
        return ImportCommand.USAGE_ERROR;
    }
}
