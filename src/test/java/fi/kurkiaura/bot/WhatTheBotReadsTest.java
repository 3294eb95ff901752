package fi.kurkiaura.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * The bot reads the graph through one CONSTRUCT, while the evaluation reads the seed files whole:
 * a property the routing uses but the CONSTRUCT leaves out would pass every gold-set test and be
 * missing in the running hub.
 */
class WhatTheBotReadsTest {

    @Test
    void theBotReadsEveryPropertyItsRoutingUses() {
        List<Property> used = Arrays.stream(Vocabulary.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == Property.class)
                .map(WhatTheBotReadsTest::value).toList();
        Model graph = ModelFactory.createDefaultModel();
        Resource resource = graph.createResource("https://kurkiaura.fi/id/service/kaikki");
        used.forEach(property -> resource.addProperty(property, "arvo"));

        Model read;
        try (var execution = QueryExecutionFactory.create(Bot.WHAT_THE_BOT_READS, graph)) {
            read = execution.execConstruct();
        }

        assertEquals(List.of(), used.stream().filter(property -> !read.contains(resource, property)).toList(), "used by the routing, not read by the bot");
    }

    private static Property value(Field field) {
        try {
            return (Property) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
