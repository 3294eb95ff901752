package fi.kurkiaura.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of resource the directory lists, each the classes it stands for. */
public enum ResourceKind {
    ORGANISATION("organisation", "http://www.w3.org/ns/org#FormalOrganization"),
    UNIT("unit", "http://www.w3.org/ns/org#OrganizationalUnit"),
    NETWORK("network", "http://www.w3.org/ns/org#OrganizationalCollaboration"),
    PERSON("person", "http://xmlns.com/foaf/0.1/Person"),
    PROJECT("project", "https://schema.org/Project", "https://kurkiaura.fi/ontology#Pilot"),
    SERVICE("service", "https://schema.org/Service"),
    EVENT("event", "https://schema.org/Event", "https://schema.org/EventSeries"),
    PLACE("place", "https://kurkiaura.fi/ontology#Municipality", "https://kurkiaura.fi/ontology#Region",
            "https://kurkiaura.fi/ontology#Venue", "https://kurkiaura.fi/ontology#Space"),
    CONCEPT("concept", "http://www.w3.org/2004/02/skos/core#Concept");

    private final String name;
    private final List<String> classes;

    ResourceKind(String name, String... classes) {
        this.name = name;
        this.classes = List.of(classes);
    }

    public String label() {
        return name;
    }

    public List<String> classes() {
        return classes;
    }

    public static Optional<ResourceKind> named(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name.equals(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(ResourceKind::label).toList());
    }
}
