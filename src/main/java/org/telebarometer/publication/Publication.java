package org.telebarometer.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.telebarometer.node.Node;
import org.telebarometer.query.Where;

@Entity
@Table(name = "publication")
@Description("A document that published figures: a press release, an article, a report. Unknown titles and dates are "
        + "null, never guessed.")
public class Publication extends PanacheEntityBase implements Node {

    /** The longest name of who imported or changed a publication: a token's subject, "cli:user"... */
    public static final int ACTOR_LENGTH = 200;

    @jakarta.persistence.Id
    @Id
    @NonNull
    @Description("Stable identifier, e.g. cnam-2020-03-31.")
    public String id;

    @Column(name = "publisher_code", nullable = false)
    @Ignore
    public String publisherCode;

    @Description("Title as printed; null when it is not known.")
    @Size(max = 1000)
    public String title;

    @Column(name = "published_on")
    @Description("Date of publication; null when it is not known.")
    public LocalDate publishedOn;

    @Column(name = "updated_on")
    @Description("Date of the last update the document itself shows; null when none.")
    public LocalDate updatedOn;

    @Convert(converter = AuthorsConverter.class)
    @NonNull
    @Description("Authors as credited, in order; empty when none is credited.")
    @Size(max = 10)
    public List<@NonNull @Size(max = 95) String> authors = List.of();

    @Description("Language of the document (ISO 639-1), e.g. fr.")
    public String language;

    @Description("Where the document can be read; null when it is not known.")
    @Size(max = 2000)
    public String url;

    @Description("What is known about the publication beyond these fields: a date known only to the month, a news "
            + "agency the page does not name...; null when there is nothing to add.")
    @Size(max = 4000)
    public String note;

    @Column(name = "content_hash", nullable = false)
    @Ignore
    public String contentHash;

    @Column(name = "imported_at", nullable = false)
    @NonNull
    @Description("When this version of the publication and its figures was imported (created or replaced as a whole).")
    public OffsetDateTime importedAt;

    @Column(name = "imported_by", nullable = false)
    @NonNull
    @Description("Who imported it: the subject of the editor's token, \"dataset\" for the dataset shipped with the "
            + "service, \"cli:<user>\" for a command-line import.")
    @Size(max = ACTOR_LENGTH)
    public String importedBy;

    @Column(name = "changed_at", nullable = false)
    @NonNull
    @Description("When the publication or one of its figures last changed: its import, or a later correction.")
    public OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    @NonNull
    @Description("Who made that change, as importedBy.")
    @Size(max = ACTOR_LENGTH)
    public String changedBy;

    /** Records a change by {@code actor}, now. */
    public void recordChange(String actor, OffsetDateTime at) {
        changedAt = at;
        changedBy = actor;
    }

    /** Publications of unknown date sort last; cursors sort them at this day. */
    public static final LocalDate UNKNOWN_DATE_ORDER = LocalDate.of(9999, 12, 31);

    private static final String ORDER_DATE = "coalesce(publishedOn, :unknownDate)";

    /** Publications matching the criteria, by publication date (unknown last) then id, after the given position. */
    public static List<Publication> findMatching(PublicationCriteria criteria, LocalDate afterDate, String afterId,
            int limit) {
        Where where = where(criteria).parameter("unknownDate", UNKNOWN_DATE_ORDER);
        if (afterId != null) {
            where.and("(" + ORDER_DATE + " > :afterDate or (" + ORDER_DATE + " = :afterDate and id > :afterId))")
                    .parameter("afterDate", afterDate).parameter("afterId", afterId);
        }
        return Publication.<Publication> find(where.text() + " order by " + ORDER_DATE + ", id", where.parameters())
                .range(0, limit - 1).list();
    }

    public static long countMatching(PublicationCriteria criteria) {
        Where where = where(criteria);
        return count(where.text(), where.parameters());
    }

    public LocalDate orderDate() {
        return publishedOn == null ? UNKNOWN_DATE_ORDER : publishedOn;
    }

    private static Where where(PublicationCriteria criteria) {
        Where where = new Where().in("publisherCode", "publishers", criteria.publishers());
        if (!criteria.sources().isEmpty()) {
            where.and("id in (select o.publicationId from Observation o where o.sourceCode in :sources)", "sources",
                    criteria.sources());
        }
        return where.andIfSet("publishedOn >= :publishedFrom", "publishedFrom", criteria.publishedFrom())
                .andIfSet("publishedOn <= :publishedTo", "publishedTo", criteria.publishedTo());
    }

    /** Its own id is its global id (lower-case, it never equals an encoded one). */
    @Override
    @Id
    @NonNull
    @Description(Node.ID_DESCRIPTION)
    public String getId() {
        return id;
    }
}
