package org.telebarometer.importing;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import org.jboss.logging.Logger;
import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.DatabaseFailures;
import org.telebarometer.graphql.ErrorCode;
import org.telebarometer.publication.Publication;

/**
 * {@code import [--as NAME] FILE...}: imports publication files (the dataset format, YAML or JSON) through the same
 * importer as the API. Every file is checked first; if one has a problem, nothing is written at all. Then each file
 * is imported as one unit.
 */
@ApplicationScoped
public class ImportCommand {

    public static final String USAGE = "Usage: import [--as NAME] FILE...";
    public static final int USAGE_ERROR = 64;
    public static final int INVALID_INPUT = 65;
    /** The database could not take the import now (sysexits' EX_TEMPFAIL): nothing was imported, try again. */
    public static final int TRY_AGAIN = 75;

    private static final Logger LOG = Logger.getLogger(ImportCommand.class);

    private final PublicationImporter importer;

    public ImportCommand(PublicationImporter importer) {
        this.importer = importer;
    }

    /**
     * @return the process exit code: 0, {@value #INVALID_INPUT} when a file has problems, {@value #TRY_AGAIN} when
     *         the database could not take the import, {@value #USAGE_ERROR} for wrong arguments
     */
    @ActivateRequestContext
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>(args);
        String actor = "cli:" + System.getProperty("user.name", "unknown");
        if (files.size() >= 2 && files.get(0).equals("--as")) {
            actor = files.get(1);
            files = files.subList(2, files.size());
        }
        if (files.isEmpty() || files.stream().anyMatch(f -> f.startsWith("--"))
                || actor.length() > Publication.ACTOR_LENGTH) {
            err.println(USAGE);
            return USAGE_ERROR;
        }
        Map<String, PublicationInput> publications = new LinkedHashMap<>();
        boolean valid = true;
        for (String file : files) {
            try {
                PublicationInput input = PublicationFile.parse(Files.readString(Path.of(file)));
                importer.check(input);
                publications.put(file, input);
            } catch (InvalidPublicationException e) {
                e.problems().forEach(problem -> err.println(file + ": " + problem));
                valid = false;
            } catch (IOException | UncheckedIOException e) {
                err.println(file + ": cannot be read: " + e.getMessage());
                valid = false;
            }
        }
        if (!valid) {
            err.println("Nothing was imported: fix the files above and run the command again.");
            return INVALID_INPUT;
        }
        return importAll(publications, actor, out, err);
    }

    /** Every file in one transaction: all are imported, or none. */
    private int importAll(Map<String, PublicationInput> publications, String actor, PrintStream out, PrintStream err) {
        List<ImportOutcome> outcomes;
        try {
            outcomes = importer.importAll(List.copyOf(publications.values()), actor);
        } catch (ApiException e) {
            err.println("Nothing was imported: " + e.code() + ": " + e.getMessage());
            return e.code() == ErrorCode.DATABASE_UNAVAILABLE || e.code() == ErrorCode.CONCURRENT_CHANGE
                    ? TRY_AGAIN : INVALID_INPUT;
        } catch (RuntimeException e) {
            LOG.debug("Import failed", e);
            err.println("Nothing was imported: the import failed: " + DatabaseFailures.rootMessage(e)
                    + " (run with QUARKUS_LOG_CATEGORY__ORG_TELEBAROMETER__LEVEL=DEBUG for the details).");
            return TRY_AGAIN;
        }
        int i = 0;
        for (Map.Entry<String, PublicationInput> entry : publications.entrySet()) {
            PublicationInput input = entry.getValue();
            out.println(entry.getKey() + ": " + input.id() + " " + outcomes.get(i++) + " ("
                    + input.observations().size() + " observations)");
        }
        return 0;
    }
}
