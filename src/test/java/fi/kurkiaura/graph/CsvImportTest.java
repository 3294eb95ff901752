package fi.kurkiaura.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvImportTest extends SeededStoreTest {

    private static final String SERVICES = """
            \uFEFFid;name_fi;name_sv;description_fi;provider;target_groups;service_classes;area;web
            nuorten-kahvila;Nuorten kahvila;Ungdomskafé;Matalan kynnyksen kohtaamispaikka nuorille.;tyohame;nuoret;tyonhaku;forssa, tammela;https://example.org/kahvila
            ;Yrittäjäilta Forssassa;;Ilta, jossa yrittäjät tapaavat neuvojan.;tyohame;yrittajat;yrittajyys;forssa;
            """;

    private CsvImport.Report importServices(String sheet, boolean partial) {
        return graph.csv.importSheet(CsvMapping.SERVICES, sheet.getBytes(StandardCharsets.UTF_8), partial, "42");
    }

    @Test
    void importsASpreadsheetOfServicesWithSemicolonsAndAByteOrderMark() {
        CsvImport.Report report = importServices(SERVICES, false);

        assertTrue(report.written(), report.toString());
        assertEquals(2, report.imported());
        assertEquals("https://kurkiaura.fi/id/service/yrittajailta-forssassa", report.rows().get(1).iri(), "an empty id comes from the name");
        assertEquals(3, report.rows().get(1).row(), "rows are numbered as the spreadsheet shows them");
        assertTrue(graph.ask("ASK { <https://kurkiaura.fi/id/service/nuorten-kahvila> rdfs:label \"Ungdomskafé\"@sv ; "
                + "schema:areaServed <https://kurkiaura.fi/id/place/tammela> ; schema:provider <https://kurkiaura.fi/id/network/tyohame> ; "
                + "schema:availableChannel/schema:serviceUrl <https://example.org/kahvila> ; dcterms:source <" + report.source() + "> }"));
    }

    @Test
    void writesNothingWhenARowIsBrokenAndReportsEveryRow() {
        String sheet = """
                id,name_fi,description_fi,provider,target_groups,service_classes,area
                hyva-rivi,Hyvä rivi,Rivi jossa kaikki on kunnossa.,tyohame,nuoret,tyonhaku,forssa
                ilman-kuvausta,Ilman kuvausta,,tyohame,nuoret,tyonhaku,forssa
                tuntematon-tuottaja,Tuntematon tuottaja,Kuvaus.,ei-ketaan,nuoret,tyonhaku,forssa
                """;

        CsvImport.Report report = importServices(sheet, false);

        assertFalse(report.written());
        assertEquals(2, report.rejected());
        assertEquals("valid", report.rows().get(0).status());
        assertEquals("rejected", report.rows().get(1).status());
        assertEquals("Needs a description in Finnish", report.rows().get(1).problems().get(0).message());
        assertEquals("provider", report.rows().get(2).problems().get(0).path());
        assertTrue(report.rows().get(2).problems().get(0).message().contains("ei-ketaan"));
        assertFalse(graph.ask("ASK { <https://kurkiaura.fi/id/service/hyva-rivi> ?p ?o }"));

        CsvImport.Report partial = importServices(sheet, true);
        assertTrue(partial.written());
        assertEquals(1, partial.imported());
        assertEquals("imported", partial.rows().get(0).status());
        assertTrue(graph.ask("ASK { <https://kurkiaura.fi/id/service/hyva-rivi> ?p ?o }"));
        assertFalse(graph.ask("ASK { <https://kurkiaura.fi/id/service/ilman-kuvausta> ?p ?o }"));
    }

    @Test
    void updatesOnlyTheColumnsASheetHas() {
        String iri = "https://kurkiaura.fi/id/service/tyohame-uravalmennus";
        CsvImport.Report report = importServices("id,name_sv,phone\ntyohame-uravalmennus,Karriärvägledning,029 000 0000\n", false);

        assertTrue(report.written(), report.toString());
        assertTrue(graph.ask("ASK { <" + iri + "> rdfs:label \"Karriärvägledning\"@sv ; rdfs:label \"Uravalmennus\"@fi ; "
                + "dcterms:source <https://kurkiaura.fi/id/source/tyohame-jarjestamissuunnitelma> ; "
                + "schema:availableChannel/schema:servicePhone \"029 000 0000\" ; "
                + "schema:availableChannel/ku:channelKind <https://kurkiaura.fi/id/concept/channel-kind/paikan-paalla> }"),
                "the Finnish name, the source and the place channel stay");
        assertFalse(graph.ask("ASK { <" + iri + "> rdfs:label \"Karriärcoachning\"@sv }"));
    }

    @Test
    void rowsOfActorsMayReferToEachOther() {
        CsvImport.Report report = graph.csv.importSheet(CsvMapping.ACTORS, """
                id,kind,name_fi,organisation_kind,unit_of,municipality
                testiyhdistys,organisation,Testiyhdistys ry,yhdistys,,forssa
                testitiimi,unit,Testiyhdistyksen tiimi,,testiyhdistys,forssa
                kummajainen,planet,Kummajainen,,,
                """.getBytes(StandardCharsets.UTF_8), true, "42");

        assertEquals(2, report.imported(), report.toString());
        assertTrue(report.rows().get(2).problems().get(0).message().startsWith("Unknown kind 'planet'"));
        assertTrue(graph.ask("ASK { <https://kurkiaura.fi/id/unit/testitiimi> org:unitOf <https://kurkiaura.fi/id/organisation/testiyhdistys> }"));
    }

    @Test
    void refusesSheetsItCannotRead() {
        RejectedDataException unknownColumn = assertThrows(RejectedDataException.class, () -> importServices("id,nimi\nx,y\n", false));
        assertTrue(unknownColumn.getMessage().contains("[nimi]"), unknownColumn.getMessage());

        RejectedDataException latin1 = assertThrows(RejectedDataException.class, () -> graph.csv.importSheet(CsvMapping.SERVICES,
                "id,name_fi\nx,Hyvä\n".getBytes(StandardCharsets.ISO_8859_1), false, "42"));
        assertTrue(latin1.getMessage().contains("UTF-8"));

        assertEquals(400, assertThrows(RejectedDataException.class, () -> importServices("id,name_fi\n", false)).status());
        CsvImport.Report duplicate = importServices("id,name_fi\nsama,A\nsama,B\n", true);
        assertTrue(duplicate.rows().get(1).problems().stream().anyMatch(problem -> problem.message().equals("The same resource as row 2")));
        assertNull(duplicate.rows().stream().filter(row -> row.status().equals("imported")).findAny().orElse(null));
    }
}
