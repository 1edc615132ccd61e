package org.telebarometer.specialty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.telebarometer.language.Language;
import org.telebarometer.language.Translated;
import org.telebarometer.node.Node;
import org.telebarometer.node.NodeId;
import org.telebarometer.node.NodeType;

@Entity
@Table(name = "specialty")
@Cacheable
@Description("A medical specialty or group of specialties. They form a tree: ALL, then GENERAL_PRACTICE and "
        + "SPECIALISTS, then finer specialties under SPECIALISTS.")
public class Specialty extends PanacheEntityBase implements Node {

    @jakarta.persistence.Id
    @Id
    @NonNull
    @Description("Stable code, e.g. GENERAL_PRACTICE.")
    public String code;

    @NonNull
    @Description("Human-readable name, in the request's language (Accept-Language or @inContext).")
    @Size(max = 300)
    @Translated(french = "labelFr")
    public String label;

    /** The French text of {@link #label}, served by {@link #label} to a request in French. */
    @Column(name = "label_fr")
    @Ignore
    @Size(max = 300)
    public String labelFr;

    @Column(name = "parent_code")
    @Ignore
    public String parentCode;

    /** The label in a language (the English one where the French is missing). */
    public String labelIn(Language language) {
        return language.pick(label, labelFr);
    }

    @Override
    @Id
    @NonNull
    @Description(Node.ID_DESCRIPTION)
    public String getId() {
        return NodeId.of(NodeType.Specialty, code);
    }

    public static List<Specialty> listByCode() {
        return list("order by code");
    }

    /** The given codes and, recursively, the codes of every specialty under them. */
    public static Set<String> withDescendants(Collection<String> codes) {
        List<Specialty> all = listAll();
        Set<String> result = new LinkedHashSet<>(codes);
        List<String> frontier = new ArrayList<>(codes);
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (Specialty specialty : all) {
                if (specialty.parentCode != null && frontier.contains(specialty.parentCode) && result.add(specialty.code)) {
                    next.add(specialty.code);
                }
            }
            frontier = next;
        }
        return result;
    }
}
