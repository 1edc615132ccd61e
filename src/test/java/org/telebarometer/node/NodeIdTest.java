package org.telebarometer.node;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class NodeIdTest {

    @ParameterizedTest
    @EnumSource(value = NodeType.class, names = { "Publication", "Observation" }, mode = EnumSource.Mode.EXCLUDE)
    void anEncodedIdReadsBackAsItsTypeAndCode(NodeType type) {
        String id = NodeId.of(type, "TELECONSULTATIONS.ALL.FR");

        assertThat(NodeId.parse(id)).isEqualTo(new NodeId(type, "TELECONSULTATIONS.ALL.FR"));
        assertThat(id).doesNotContain(":", "=").matches("[A-Z].*");
    }

    @Test
    void aPublicationsAndAnObservationsOwnIdsAreTheirGlobalIds() {
        assertThat(NodeId.parse("cnam-2020-03-31")).isEqualTo(new NodeId(NodeType.Publication, "cnam-2020-03-31"));
        assertThat(NodeId.parse("0a1b2c3d4e5f60718293a4b5"))
                .isEqualTo(new NodeId(NodeType.Observation, "0a1b2c3d4e5f60718293a4b5"));
    }

    @Test
    void theSameCodeOfTwoTypesGivesTwoIds() {
        assertThat(NodeId.of(NodeType.Specialty, "ALL")).isNotEqualTo(NodeId.of(NodeType.Population, "ALL"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "Not an id!", "TWV0cmlj", "QmFuYW5hOlg", "UHVibGljYXRpb246Y25hbS0yMDIwLTAzLTMx" })
    void aMalformedIdIsNoId(String id) {
        // "TWV0cmlj" is "Metric" with no code; "QmFuYW5hOlg" is "Banana:X"; the last one "Publication:cnam-2020-03-31"
        assertThat(NodeId.parse(id)).isNull();
    }
}
