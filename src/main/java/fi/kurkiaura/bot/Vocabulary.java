package fi.kurkiaura.bot;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the network graph the bot reads. */
final class Vocabulary {

    static final String KU = "https://kurkiaura.fi/ontology#";
    static final String SCHEMA = "https://schema.org/";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String DCTERMS = "http://purl.org/dc/terms/";

    static final Resource SERVICE = type(SCHEMA + "Service");
    static final Resource PROJECT = type(SCHEMA + "Project");
    static final Resource PILOT = type(KU + "Pilot");
    static final Resource EVENT = type(SCHEMA + "Event");
    static final Resource EVENT_SERIES = type(SCHEMA + "EventSeries");
    static final Resource ORGANISATION = type(ORG + "FormalOrganization");
    static final Resource UNIT = type(ORG + "OrganizationalUnit");
    static final Resource NETWORK = type(ORG + "OrganizationalCollaboration");
    static final Resource PERSON = type(FOAF + "Person");
    static final Resource VENUE = type(KU + "Venue");
    static final Resource SPACE = type(KU + "Space");
    static final Resource MUNICIPALITY = type(KU + "Municipality");
    static final Resource REGION = type(KU + "Region");
    static final Resource MEMBERSHIP = type(ORG + "Membership");
    static final Resource CONCEPT = type(SKOS + "Concept");

    static final Property LABEL = property("http://www.w3.org/2000/01/rdf-schema#label");
    static final Property PREF_LABEL = property(SKOS + "prefLabel");
    static final Property ALT_LABEL = property(SKOS + "altLabel");
    static final Property NAME = property(FOAF + "name");
    static final Property SCHEMA_NAME = property(SCHEMA + "name");
    static final Property DESCRIPTION = property(DCTERMS + "description");
    static final Property AREA_SERVED = property(SCHEMA + "areaServed");
    static final Property AUDIENCE = property(SCHEMA + "audience");
    static final Property ABOUT = property(SCHEMA + "about");
    static final Property SERVICE_CLASS = property(KU + "serviceClass");
    static final Property PROVIDER = property(SCHEMA + "provider");
    static final Property ORGANIZER = property(SCHEMA + "organizer");
    static final Property LOCATION = property(SCHEMA + "location");
    static final Property CONTAINED_IN_PLACE = property(SCHEMA + "containedInPlace");
    static final Property IS_PART_OF = property(DCTERMS + "isPartOf");
    static final Property SUPER_EVENT = property(SCHEMA + "superEvent");
    static final Property UNIT_OF = property(ORG + "unitOf");
    static final Property COORDINATOR = property(KU + "coordinator");
    static final Property FUNDER = property(SCHEMA + "funder");
    static final Property PARTNER = property(KU + "partner");
    static final Property PERFORMER = property(SCHEMA + "performer");
    static final Property AGENDA_ITEM = property(KU + "agendaItem");
    static final Property HOST = property(KU + "host");
    static final Property DECISION = property(KU + "decision");
    static final Property START_DATE = property(SCHEMA + "startDate");
    static final Property END_DATE = property(SCHEMA + "endDate");
    static final Property HOMEPAGE = property(FOAF + "homepage");
    static final Property AVAILABLE_CHANNEL = property(SCHEMA + "availableChannel");
    static final Property SERVICE_LOCATION = property(SCHEMA + "serviceLocation");
    static final Property LISTED = property(KU + "listed");
    static final Property MEMBER = property(ORG + "member");
    static final Property ORGANIZATION = property(ORG + "organization");
    static final Property ROLE_LABEL = property(KU + "roleLabel");
    static final Property FOR_PROJECT = property(KU + "forProject");
    static final Property MIN_AGE = property(KU + "minAge");
    static final Property MAX_AGE = property(KU + "maxAge");

    private Vocabulary() {
    }

    private static Resource type(String iri) {
        return ResourceFactory.createResource(iri);
    }

    private static Property property(String iri) {
        return ResourceFactory.createProperty(iri);
    }
}
