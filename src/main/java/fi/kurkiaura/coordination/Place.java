package fi.kurkiaura.coordination;

import java.util.Optional;

/** Where a meeting is held: a place of the graph, an online link, or both (a hybrid meeting). */
record Place(Optional<String> locationIri, Optional<String> onlineUrl) {

    static final Place UNKNOWN = new Place(Optional.empty(), Optional.empty());
}
