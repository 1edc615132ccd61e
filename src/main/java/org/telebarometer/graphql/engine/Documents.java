package org.telebarometer.graphql.engine;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.runtime.annotations.RegisterForReflection;

import org.telebarometer.graphql.ErrorCode;

/**
 * Parses and validates query texts, each distinct text once: the valid documents of short texts are kept, bounded in
 * memory (a document takes about {@value #BYTES_PER_CHARACTER} bytes per character of its text). Before a document
 * is validated, and on every request, {@link QueryLimits} checks what the operation may cost: a request over the
 * limits is refused before any other work, validation included.
 * Caffeine instantiates the classes of a cache bounded by weight by name: registered for the native image.
 */
@RegisterForReflection(classNames = { "com.github.benmanes.caffeine.cache.SSMW",
        "com.github.benmanes.caffeine.cache.PSMW" })
final class Documents implements PreparsedDocumentProvider {

    static final int BYTES_PER_CHARACTER = 16;

    private final GraphQLSchema schema;
    private final ArgumentErrors argumentErrors;
    private final QueryLimits limits;
    private final ParserOptions parserOptions;
    private final int maxRemembered;
    private final Cache<String, Document> valid;

    Documents(GraphQLSchema schema, QueryLimits limits, int maxTokens, int maxCharacters, long memory,
            int maxRemembered) {
        this.schema = schema;
        this.argumentErrors = new ArgumentErrors(schema);
        this.limits = limits;
        this.maxRemembered = maxRemembered;
        this.parserOptions = ParserOptions.newParserOptions().maxTokens(maxTokens).maxCharacters(maxCharacters)
                .captureIgnoredChars(false).captureLineComments(false).redactTokenParserErrorMessages(true).build();
        this.valid = Caffeine.newBuilder().maximumWeight(memory)
                .<String, Document> weigher((query, document) -> query.length() * BYTES_PER_CHARACTER)
                .executor(Runnable::run).build();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return CompletableFuture.completedFuture(entry(input));
    }

    private PreparsedDocumentEntry entry(ExecutionInput input) {
        String query = input.getQuery();
        if (query.isBlank()) {
            return new PreparsedDocumentEntry(CodedErrors.requestError(ErrorCode.INVALID_QUERY,
                    "The query is empty: send a GraphQL document such as { metrics { code } }.", List.of()));
        }
        Document known = valid.getIfPresent(query);
        Document document;
        try {
            document = known != null ? known : parse(query);
        } catch (ParseCancelledException | ParseCancelledTooManyCharsException tooLong) {
            return new PreparsedDocumentEntry(limits.tooLong());
        } catch (InvalidSyntaxException invalid) {
            return new PreparsedDocumentEntry(invalid.toInvalidSyntaxError());
        }
        GraphQLError refusal = limits.check(document, input);
        if (refusal != null) {
            return new PreparsedDocumentEntry(refusal);
        }
        if (known == null) {
            List<ValidationError> errors = ParseAndValidate.validate(schema, document, input.getLocale());
            if (!errors.isEmpty()) {
                return new PreparsedDocumentEntry(document, argumentErrors.readable(errors, document));
            }
            if (query.length() <= maxRemembered) {
                valid.put(query, document);
            }
        }
        return new PreparsedDocumentEntry(document);
    }

    private Document parse(String query) {
        return Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(parserOptions).build());
    }

    /** For tests and metrics: how many documents are kept. */
    long size() {
        return valid.estimatedSize();
    }
}
