package org.telebarometer.importing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;
import org.telebarometer.TelebarometerConfig;
import org.telebarometer.cache.DataChanged;
import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.DatabaseFailures;
import org.telebarometer.graphql.ErrorCode;
import org.telebarometer.observation.Observation;
import org.telebarometer.publication.Publication;
import org.telebarometer.series.Series;
import org.telebarometer.series.SeriesKey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The one code path that writes publications: the start-up dataset load, the importPublication mutation and the
 * command-line import all go through it. A publication is validated whole, then written whole in one transaction:
 * created, replaced, or left alone when its content has not changed. The publication's row is locked while it is
 * written, so that concurrent imports of one publication take turns; an import that collides with another is
 * tried again.
 */
@ApplicationScoped
public class PublicationImporter {

    private static final Logger LOG = Logger.getLogger(PublicationImporter.class);
    private static final ObjectMapper CANONICAL_JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private final ObservationWriter writer;
    private final TelebarometerConfig.Import limits;
    private final Event<DataChanged> dataChanged;

    public PublicationImporter(ObservationWriter writer, TelebarometerConfig config, Event<DataChanged> dataChanged) {
        this.writer = writer;
        this.limits = config.importing();
        this.dataChanged = dataChanged;
    }

    /**
     * Checks a publication without writing anything.
     *
     * @throws InvalidPublicationException listing every problem
     */
    public void check(PublicationInput input) {
        PublicationValidator.validate(input, ReferenceCodes.load(), limits.maxObservations());
    }

    /**
     * @param actor who imports: a token's subject, "dataset", "cli:user"
     * @throws InvalidPublicationException listing every problem; nothing is then written
     */
    public ImportOutcome importPublication(PublicationInput input, String actor) {
        return importAll(List.of(input), actor).get(0);
    }

    /**
     * Imports several publications as one unit: all of them, or none when one of them has a problem or cannot be
     * written.
     *
     * @return the outcome of each, in order
     * @throws InvalidPublicationException listing every problem of the first publication that has some
     */
    public List<ImportOutcome> importAll(List<PublicationInput> inputs, String actor) {
        ReferenceCodes codes = ReferenceCodes.load();
        return importChecked(inputs.stream().map(input -> Checked.of(input, codes, limits.maxObservations())).toList(),
                actor);
    }

    /**
     * A publication validated against reference codes, with its content hash: what an import writes. The shipped
     * dataset's are made when the application is built (DatasetFiles), every other one by {@link #importAll}.
     */
    public record Checked(ValidatedPublication publication, String contentHash) {

        /** @throws InvalidPublicationException listing every problem */
        public static Checked of(PublicationInput input, ReferenceCodes codes, int maxObservations) {
            return new Checked(PublicationValidator.validate(input, codes, maxObservations),
                    PublicationImporter.contentHash(input));
        }
    }

    /** Imports checked publications as one unit, as {@link #importAll} does. */
    public List<ImportOutcome> importChecked(List<Checked> checked, String actor) {
        String ids = String.join(", ", checked.stream().map(c -> c.publication().id()).toList());
        List<ValidatedObservation> observations = checked.stream()
                .flatMap(c -> c.publication().observations().stream()).toList();
        return withRetries(ids, () -> {
            createMissingSeries(observations);
            List<ImportOutcome> outcomes = new ArrayList<>();
            for (Checked publication : checked) {
                outcomes.add(write(publication.publication(), publication.contentHash(), actor));
            }
            return outcomes;
        });
    }

    /** @return how many observations were deleted with the publication */
    public int deletePublication(String id) {
        return withRetries(id, () -> {
            Publication existing = lock(id);
            if (existing == null) {
                throw unknownPublication(id);
            }
            int deleted = (int) Observation.deleteOfPublication(id);
            existing.delete();
            return deleted;
        });
    }

    private ImportOutcome write(ValidatedPublication publication, String hash, String actor) {
        Publication existing = lock(publication.id());
        if (existing != null && existing.contentHash.equals(hash)) {
            return ImportOutcome.UNCHANGED;
        }
        if (existing != null) {
            Observation.deleteOfPublication(publication.id());
        }
        Publication entity = existing != null ? existing : new Publication();
        copy(publication, hash, actor, entity);
        entity.persist();
        for (ValidatedObservation observation : publication.observations()) {
            writer.write(toEntity(publication.id(), observation));
        }
        return existing == null ? ImportOutcome.CREATED : ImportOutcome.REPLACED;
    }

    /**
     * Runs the work in a transaction of its own, again when the database refused it because of a concurrent write
     * (two imports creating the same publication, a lock wait that timed out). Other failures are not retried; a
     * database out of reach is {@link ErrorCode#DATABASE_UNAVAILABLE}.
     */
    <T> T withRetries(String publicationId, Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                T result = QuarkusTransaction.requiringNew().call(work::get);
                dataChanged.fire(new DataChanged(publicationId));
                return result;
            } catch (ApiException e) {
                throw e;
            } catch (RuntimeException e) {
                if (DatabaseFailures.isUnavailable(e)) {
                    throw new ApiException(ErrorCode.DATABASE_UNAVAILABLE, "The database is unreachable for now; "
                            + "nothing was changed. Try again in a moment.");
                }
                if (!ConcurrentWrites.isCollision(e)) {
                    throw e;
                }
                if (attempt >= limits.attempts()) {
                    throw new ApiException(ErrorCode.CONCURRENT_CHANGE, "Publication '" + publicationId
                            + "' was being written by another request; nothing was changed. Try again.");
                }
                LOG.infof("Writing publication %s collided with another write (%s); trying again", publicationId,
                        e.getClass().getSimpleName());
            }
        }
    }

    static Publication lock(String id) {
        return Publication.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    static ApiException unknownPublication(String id) {
        return new ApiException(ErrorCode.UNKNOWN_PUBLICATION, "There is no publication '" + id + "'.");
    }

    private static void copy(ValidatedPublication source, String hash, String actor, Publication target) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        target.id = source.id();
        target.publisherCode = source.publisher();
        target.title = source.title();
        target.publishedOn = source.publishedOn();
        target.updatedOn = source.updatedOn();
        target.authors = source.authors();
        target.language = source.language();
        target.url = source.url();
        target.note = source.note();
        target.contentHash = hash;
        target.importedAt = now;
        target.importedBy = actor;
        target.recordChange(actor, now);
    }

    static void createMissingSeries(List<ValidatedObservation> observations) {
        Set<SeriesKey> keys = observations.stream().map(ValidatedObservation::series).collect(Collectors.toSet());
        Set<String> existing = Series.findByKeys(keys.stream().map(SeriesKey::toString).toList()).stream()
                .map(series -> series.key).collect(Collectors.toSet());
        keys.stream().filter(key -> !existing.contains(key.toString())).map(Series::of).forEach(series -> series.persist());
    }

    static Observation toEntity(String publicationId, ValidatedObservation source) {
        Observation observation = new Observation();
        observation.id = source.idIn(publicationId);
        observation.publicationId = publicationId;
        copy(source, observation);
        return observation;
    }

    static void copy(ValidatedObservation source, Observation target) {
        target.seriesKey = source.series().toString();
        target.period = source.period();
        target.value = source.value();
        target.low = source.low();
        target.high = source.high();
        target.qualifier = source.qualifier();
        target.sourceCode = source.source();
        target.quote = source.quote();
        target.note = source.note();
    }

    /** SHA-256 of the input as canonical JSON: equal content, equal hash, whatever the file's layout. */
    static String contentHash(Object input) {
        try {
            byte[] json = CANONICAL_JSON.writeValueAsBytes(input);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash " + input, e);
        }
    }
}
