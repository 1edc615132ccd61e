package org.telebarometer.importing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.telebarometer.observation.Observation;
import org.telebarometer.publication.Publication;
import org.telebarometer.series.Series;
import org.telebarometer.series.SeriesKey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one code path that writes publications: the dataset load at start-up uses it, and so does every other import.
 * A publication is validated whole, then written whole in one transaction: created, replaced, or left alone when its
 * content has not changed.
 */
@ApplicationScoped
public class PublicationImporter {

    private static final ObjectMapper CANONICAL_JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    @Transactional
    public ImportOutcome importPublication(PublicationInput input) {
        ValidatedPublication publication = PublicationValidator.validate(input, ReferenceCodes.load());
        String hash = contentHash(input);
        Publication existing = Publication.findById(publication.id());
        if (existing != null && existing.contentHash.equals(hash)) {
            return ImportOutcome.UNCHANGED;
        }
        if (existing != null) {
            Observation.delete("publicationId", publication.id());
        }
        Publication entity = existing != null ? existing : new Publication();
        copy(publication, hash, entity);
        entity.persist();
        createMissingSeries(publication.observations());
        for (ValidatedObservation observation : publication.observations()) {
            toEntity(publication.id(), observation).persist();
        }
        return existing == null ? ImportOutcome.CREATED : ImportOutcome.REPLACED;
    }

    private static void copy(ValidatedPublication source, String hash, Publication target) {
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
        target.importedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static void createMissingSeries(List<ValidatedObservation> observations) {
        Set<SeriesKey> keys = observations.stream().map(ValidatedObservation::series).collect(Collectors.toSet());
        Set<String> existing = Series.findByKeys(keys.stream().map(SeriesKey::toString).toList()).stream()
                .map(series -> series.key).collect(Collectors.toSet());
        keys.stream().filter(key -> !existing.contains(key.toString())).map(Series::of).forEach(series -> series.persist());
    }

    private static Observation toEntity(String publicationId, ValidatedObservation source) {
        Observation observation = new Observation();
        observation.id = source.idIn(publicationId);
        observation.publicationId = publicationId;
        observation.seriesKey = source.series().toString();
        observation.period = source.period();
        observation.value = source.value();
        observation.low = source.low();
        observation.high = source.high();
        observation.qualifier = source.qualifier();
        observation.sourceCode = source.source();
        observation.quote = source.quote();
        observation.note = source.note();
        return observation;
    }

    /** SHA-256 of the input as canonical JSON: equal content, equal hash, whatever the file's layout. */
    static String contentHash(PublicationInput input) {
        try {
            byte[] json = CANONICAL_JSON.writeValueAsBytes(input);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash publication " + input.id(), e);
        }
    }

}
