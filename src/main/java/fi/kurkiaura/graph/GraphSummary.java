package fi.kurkiaura.graph;

import java.util.List;

/** How much the graph holds: all triples, and how many resources of each type. */
public record GraphSummary(long triples, List<TypeCount> types) {

    public record TypeCount(String type, long resources) {
    }
}
