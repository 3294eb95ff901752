package fi.kurkiaura.graph;

/**
 * Fired (as a CDI event) after this node has changed the public graph: a write, a deletion, an
 * import, the seed. Readers that keep something derived from the graph, such as the bot's search
 * index, rebuild it.
 */
public record GraphChanged() {
}
