package org.telebarometer.dataset;

import java.io.PrintStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.telebarometer.TelebarometerConfig;
import org.telebarometer.search.SearchService;

/**
 * {@code prepare}: writes the data folder as a first start would, then exits: the schema and the shipped dataset
 * (written by the start itself), and the search index's saved copy. The native build runs it to make the seed its
 * executable carries ({@link DataFolderSeed}); an operator can run it before the first start of a service.
 */
@ApplicationScoped
public class PrepareCommand {

    public static final String NAME = "prepare";

    private final SearchService search;
    private final String dataDir;

    PrepareCommand(SearchService search, TelebarometerConfig config) {
        this.search = search;
        this.dataDir = config.dataDir();
    }

    /** @return the process exit code: 0 (a failure to write stops the start itself, with its own exit code) */
    public int run(PrintStream out) {
        search.updateIndex();
        out.println("Data folder " + dataDir + " written: schema, dataset and search index");
        return 0;
    }
}
