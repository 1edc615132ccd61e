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

import org.telebarometer.dataset.DatasetFiles;

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

    private final PublicationImporter importer;

    public ImportCommand(PublicationImporter importer) {
        this.importer = importer;
    }

    /** @return the process exit code: 0, {@value #INVALID_INPUT} when a file has problems, {@value #USAGE_ERROR} */
    @ActivateRequestContext
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>(args);
        String actor = "cli:" + System.getProperty("user.name", "unknown");
        if (files.size() >= 2 && files.get(0).equals("--as")) {
            actor = files.get(1);
            files = files.subList(2, files.size());
        }
        if (files.isEmpty() || files.stream().anyMatch(f -> f.startsWith("--"))) {
            err.println(USAGE);
            return USAGE_ERROR;
        }
        Map<String, PublicationInput> publications = new LinkedHashMap<>();
        boolean valid = true;
        for (String file : files) {
            try {
                PublicationInput input = DatasetFiles.parsePublication(Files.readString(Path.of(file)));
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
        for (Map.Entry<String, PublicationInput> entry : publications.entrySet()) {
            PublicationInput input = entry.getValue();
            ImportOutcome outcome = importer.importPublication(input, actor);
            out.println(entry.getKey() + ": " + input.id() + " " + outcome + " (" + input.observations().size()
                    + " observations)");
        }
        return 0;
    }
}
