package org.telebarometer.importing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.ErrorCode;

/**
 * A publication that cannot be imported, with every problem found in it. Nothing of it has been written.
 */
public class InvalidPublicationException extends ApiException {

    private final transient List<ImportProblem> problems;

    public InvalidPublicationException(String publicationId, List<ImportProblem> problems) {
        super(ErrorCode.INVALID_PUBLICATION, "Publication '" + publicationId + "' was not imported: "
                + problems.size() + " problem(s): " + problems.stream().map(ImportProblem::toString)
                        .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** {@code extensions.problems}: each problem's path, code and message, so that a client can show it by its field. */
    @Override
    public Map<String, Object> details() {
        return Map.of("problems", problems.stream().map(problem -> Map.of("path", problem.path(),
                "code", problem.code().name(), "message", problem.message())).toList());
    }
}
