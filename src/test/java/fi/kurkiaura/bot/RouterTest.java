package fi.kurkiaura.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** Ranking, why, clarifying questions and refusals on a network small enough to reason about. */
class RouterTest {

    private static final String NETWORK = """
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix schema: <https://schema.org/> .
            @prefix ku: <https://kurkiaura.fi/ontology#> .
            @prefix org: <http://www.w3.org/ns/org#> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix pr: <https://kurkiaura.fi/id/project/> .
            @prefix p: <https://kurkiaura.fi/id/person/> .
            @prefix pl: <https://kurkiaura.fi/id/place/> .
            @prefix s: <https://kurkiaura.fi/id/service/> .
            @prefix o: <https://kurkiaura.fi/id/organisation/> .
            @prefix tg: <https://kurkiaura.fi/id/concept/target-group/> .
            pl:kanta-hame a ku:Region ; rdfs:label "Kanta-Häme"@fi, "Egentliga Tavastland"@sv .
            pl:forssa a ku:Municipality ; rdfs:label "Forssa"@fi ; schema:containedInPlace pl:kanta-hame .
            pl:hameenlinna a ku:Municipality ; rdfs:label "Hämeenlinna"@fi, "Tavastehus"@sv ; schema:containedInPlace pl:kanta-hame .
            tg:nuoret a skos:Concept ; skos:prefLabel "nuoret"@fi, "unga"@sv, "young people"@en ; skos:altLabel "alle 30-vuotiaat"@fi ; ku:maxAge 29 .
            o:tyopaikka a <http://www.w3.org/ns/org#FormalOrganization> ; rdfs:label "Työpaikka Oy"@fi .
            s:kokeilu-forssa a schema:Service ; rdfs:label "Työkokeilu"@fi ;
                dcterms:description "Työkokeilu tutustuttaa työpaikkaan."@fi ;
                schema:provider o:tyopaikka ; schema:areaServed pl:forssa .
            s:kokeilu-hameenlinna a schema:Service ; rdfs:label "Työkokeilu"@fi ;
                dcterms:description "Työkokeilu tutustuttaa työpaikkaan."@fi ;
                schema:provider o:tyopaikka ; schema:areaServed pl:hameenlinna .
            s:nuorten-paja a schema:Service ; rdfs:label "Nuorten työpaja"@fi ;
                dcterms:description "Paja työttömille."@fi ;
                schema:audience tg:nuoret ; schema:areaServed pl:forssa .
            s:aikuisten-paja a schema:Service ; rdfs:label "Aikuisten työpaja"@fi ;
                dcterms:description "Paja työttömille."@fi ;
                schema:areaServed pl:forssa .
            """;

    /** Two projects of one municipality, with people in their roles, one from a firm. */
    private static final String PROJECT_ROLES = """
            o:kunta a org:FormalOrganization ; rdfs:label "Pikkulan kunta"@fi .
            o:arvio a org:FormalOrganization ; rdfs:label "Arvio Oy"@fi .
            pr:kylakokeilu a schema:Project ; rdfs:label "Pikkulan kyläkokeilu"@fi ;
                dcterms:description "Kokeilu, jossa kylät työllistävät."@fi ; ku:coordinator o:kunta ; schema:areaServed pl:forssa .
            pr:pajakokeilu a schema:Project ; rdfs:label "Pajakokeilu"@fi ;
                dcterms:description "Kokeilu, jossa pajat työllistävät."@fi ; ku:coordinator o:kunta ; schema:areaServed pl:forssa .
            p:leena a foaf:Person ; foaf:name "Leena Laine" ; ku:listed true .
            p:olli a foaf:Person ; foaf:name "Olli Oja" ; ku:listed true .
            p:pekka a foaf:Person ; foaf:name "Pekka Puro" ; ku:listed true .
            [] a org:Membership ; org:member p:leena ; org:organization o:kunta ; ku:roleLabel "projektipäällikkö"@fi ; ku:forProject pr:kylakokeilu .
            [] a org:Membership ; org:member p:olli ; org:organization o:arvio ; ku:roleLabel "ulkoinen arvioija"@fi ; ku:forProject pr:kylakokeilu .
            [] a org:Membership ; org:member p:pekka ; org:organization o:kunta ; ku:roleLabel "projektipäällikkö"@fi ; ku:forProject pr:pajakokeilu .
            """;

    private static Router router() {
        Model network = ModelFactory.createDefaultModel();
        RDFParser.fromString(NETWORK, Lang.TURTLE).parse(network);
        return new Router(RoutingData.read(network, ModelFactory.createDefaultModel()), new TextAnalysis(Optional.empty()));
    }

    @Test
    void aWordIsCoveredOnlyByTextInItsOwnLanguageOrFinnish() {
        Router router = voikkoRouterWith("""
                s:hotelli a schema:Service ; rdfs:label "Hotellin kokoustilat"@fi, "Hotellets mötesrum"@sv, "Hotel meeting rooms"@en ;
                    dcterms:description "Varaukset hotellin vastaanotosta."@fi, "Bokningar vid hotellets disk."@sv, "Bookings at the hotel reception."@en .
                """);

        Routing recipe = router.route("recept på kanelbullar", Optional.of(Language.SV));
        Routing reception = router.route("hotel reception", Optional.of(Language.EN));

        assertTrue(recipe.fallback(), "Swedish 'recept' (a recipe) stems as English 'reception' does: " + recipe.answers());
        assertEquals("https://kurkiaura.fi/id/service/hotelli", reception.answers().getFirst().iri());
    }

    @Test
    void thePlaceNamedDecidesAndSaysWhy() {
        Routing routing = router().route("työkokeilu Forssassa", Optional.empty());

        assertFalse(routing.fallback());
        Routing.Answer best = routing.answers().getFirst();
        assertEquals("https://kurkiaura.fi/id/service/kokeilu-forssa", best.iri());
        assertEquals("service", best.type());
        assertEquals("alue: Forssa; järjestäjä: Työpaikka Oy", best.why());
        assertNull(routing.clarify(), "the place was given");
    }

    @Test
    void aSwedishPlaceNameIsTheSamePlace() {
        assertEquals("https://kurkiaura.fi/id/service/kokeilu-hameenlinna", router().route("Työkokeilu i Tavastehus", Optional.of(Language.SV)).answers().getFirst().iri());
    }

    @Test
    void withoutAPlaceTheBotAsksWhereWhenThatDecides() {
        Routing routing = router().route("työkokeilu", Optional.empty());

        assertEquals(List.of("Forssa", "Hämeenlinna"), routing.clarify().options());
        assertTrue(routing.clarify().question().startsWith("Missä kunnassa"));
    }

    @Test
    void withoutAnAgeTheBotAsksForWhomWhenThatDecides() {
        Routing routing = router().route("työpaja Forssassa", Optional.empty());

        assertEquals(List.of("nuoret"), routing.clarify().options(), routing.toString());
        assertTrue(routing.clarify().question().startsWith("Kenelle etsit?"));
        assertNull(router().route("työpaja Forssassa nuoret", Optional.empty()).clarify(), "the group was given");
    }

    @Test
    void anAgeFindsTheServiceForThatAge() {
        Routing routing = router().route("olen 24-vuotias ja haen työpajaa", Optional.empty());

        assertEquals("https://kurkiaura.fi/id/service/nuorten-paja", routing.answers().getFirst().iri());
        assertTrue(routing.answers().getFirst().why().contains("kohderyhmä: nuoret"), routing.answers().getFirst().why());
    }

    @Test
    void somethingTheNetworkDoesNotDoFallsBack() {
        Routing routing = router().route("paras pizzeria keskustassa", Optional.empty());

        assertTrue(routing.fallback());
        assertTrue(routing.answers().isEmpty());
    }

    /** A router with Voikko over the test network and more of it, without a lexicon. */
    private static Router voikkoRouterWith(String moreNetwork) {
        return voikkoRouterWith(moreNetwork, "");
    }

    private static Router voikkoRouterWith(String moreNetwork, String lexiconTurtle) {
        Model network = ModelFactory.createDefaultModel();
        RDFParser.fromString(NETWORK + moreNetwork, Lang.TURTLE).parse(network);
        Model lexicon = ModelFactory.createDefaultModel();
        RDFParser.fromString(lexiconTurtle, Lang.TURTLE).parse(lexicon);
        return new Router(RoutingData.read(network, lexicon), new TextAnalysis(Optional.of(Installed.voikko())));
    }

    @Test
    void aCompoundWhosePartTheNetworkDoesNotKnowFallsBack() {
        Router router = voikkoRouterWith("""
                s:tyokyky a schema:Service ; rdfs:label "Työkyvyn arviointi"@fi ;
                    dcterms:description "Lääkäri arvioi työkyvyn."@fi ; schema:areaServed pl:forssa .
                """);

        assertTrue(router.route("hammaslääkäri Forssassa", Optional.empty()).fallback(), "the network knows lääkäri, never hammas");
        assertFalse(router.route("lääkäri Forssassa", Optional.empty()).fallback());
        assertFalse(router.route("työkokeilupaikka Forssassa", Optional.empty()).fallback(), "a compound of known parts");
    }

    @Test
    void aQuestionAnAnswerAccountsForAlmostWhollyIsAnsweredDespiteAWordTheNetworkDoesNotKnow() {
        Router router = voikkoRouterWith("""
                s:iltakahvila a schema:Service ; rdfs:label "Iltakahvila työelämän ulkopuolella oleville"@fi ;
                    dcterms:description "Lautapeli-illat ja kahvit työelämän ulkopuolella oleville Forssassa."@fi ; schema:areaServed pl:forssa .
                """);

        Routing routing = router.route("iltakahvila ja lautapeli-illat työelämän ulkopuolella oleville forssassa, myös pizzaa", Optional.empty());
        assertFalse(routing.fallback(), "pizza is a small part of what it asks");
        assertEquals("https://kurkiaura.fi/id/service/iltakahvila", routing.answers().getFirst().iri());
        assertTrue(router.route("pizzaa forssassa", Optional.empty()).fallback(), "pizza is what this one asks");
    }

    @Test
    void aTitleInTheOrganisationTheQuestionNamesBeatsTheSameTitleInOneThatFitsBetter() {
        Router router = voikkoRouterWith("""
                o:kylat a org:FormalOrganization ; rdfs:label "Kylien yhdistys"@fi .
                o:liitto a org:FormalOrganization ; rdfs:label "Pikkulan kylien yhdistysten liitto"@fi ;
                    dcterms:description "Pikkulan kylien yhdistysten yhteinen liitto."@fi .
                <https://kurkiaura.fi/id/person/ville> a foaf:Person ; foaf:name "Ville Virta" ; ku:listed true .
                <https://kurkiaura.fi/id/person/aino> a foaf:Person ; foaf:name "Aino Aalto" ; ku:listed true .
                [] a org:Membership ; org:member <https://kurkiaura.fi/id/person/ville> ; org:organization o:kylat ; ku:roleLabel "puheenjohtaja"@fi .
                [] a org:Membership ; org:member <https://kurkiaura.fi/id/person/aino> ; org:organization o:liitto ; ku:roleLabel "puheenjohtaja"@fi .
                """);

        List<Routing.Answer> answers = router.route("Pikkulan kylien yhdistyksen puheenjohtaja", Optional.empty()).answers();

        assertEquals("https://kurkiaura.fi/id/person/ville", answers.getFirst().iri(), "the question names the association: " + answers);
        assertEquals("https://kurkiaura.fi/id/person/aino", answers.get(1).iri(), "the union fits the words better: " + answers);
    }

    @Test
    void aRoleOnlyOnePersonHoldsIsAnsweredByThemWhereverTheyHoldIt() {
        Router router = voikkoRouterWith("""
                <https://kurkiaura.fi/id/network/johtoryhma> a org:OrganizationalCollaboration ; rdfs:label "Pikkulan johtoryhmä"@fi .
                s:viestinta a schema:Service ; rdfs:label "Pikkulan viestintä"@fi ;
                    dcterms:description "Pikkulan viestintä ja tiedottaminen: viestintäpäällikkö vastaa."@fi ; schema:areaServed pl:forssa .
                <https://kurkiaura.fi/id/person/laura> a foaf:Person ; foaf:name "Laura Lehto" ; ku:listed true .
                <https://kurkiaura.fi/id/person/pekka> a foaf:Person ; foaf:name "Pekka Puro" ; ku:listed true .
                <https://kurkiaura.fi/id/person/anna> a foaf:Person ; foaf:name "Anna Aho" ; ku:listed true .
                [] a org:Membership ; org:member <https://kurkiaura.fi/id/person/laura> ;
                    org:organization <https://kurkiaura.fi/id/network/johtoryhma> ; ku:roleLabel "viestintäpäällikkö"@fi .
                [] a org:Membership ; org:member <https://kurkiaura.fi/id/person/pekka> ;
                    org:organization <https://kurkiaura.fi/id/network/johtoryhma> ; ku:roleLabel "tekninen johtaja"@fi .
                [] a org:Membership ; org:member <https://kurkiaura.fi/id/person/anna> ;
                    org:organization <https://kurkiaura.fi/id/network/johtoryhma> ; ku:roleLabel "johtaja"@fi .
                """);

        Routing.Answer best = router.route("kuka on Pikkulan viestintäpäällikkö", Optional.empty()).answers().getFirst();
        assertEquals("https://kurkiaura.fi/id/person/laura", best.iri());
        assertEquals("viestintäpäällikkö, Pikkulan johtoryhmä", best.why(), best.toString());
        assertNotEquals("https://kurkiaura.fi/id/person/anna", router.route("kuka on Pikkulan viestinnän johtaja", Optional.empty()).answers().getFirst().iri(),
                "two people's titles have johtaja: it names no one person");
    }

    @Test
    void aVerbInAWhoQuestionAsksForItsDoerInTheProjectTheQuestionNames() {
        Router router = voikkoRouterWith(PROJECT_ROLES, """
                <https://kurkiaura.fi/id/lexicon/project-manager> a <http://www.w3.org/2004/02/skos/core#Concept> ;
                    <http://www.w3.org/2004/02/skos/core#prefLabel> "projektipäällikkö"@fi ; <http://www.w3.org/2004/02/skos/core#altLabel> "hankevetäjä"@fi .
                """);

        Routing.Answer evaluator = router.route("kuka arvioi Pikkulan kyläkokeilun", Optional.empty()).answers().getFirst();
        assertEquals("https://kurkiaura.fi/id/person/olli", evaluator.iri(), "the title's own verb: " + evaluator);
        assertEquals("ulkoinen arvioija, Pikkulan kyläkokeilu", evaluator.why(), "held for the project, at Arvio Oy");
        assertEquals("https://kurkiaura.fi/id/person/leena", router.route("kuka veti Pikkulan kyläkokeilua", Optional.empty()).answers().getFirst().iri(),
                "the verb of a synonym of the title (hankevetäjä)");
        assertEquals("https://kurkiaura.fi/id/project/kylakokeilu", router.route("mikä on Pikkulan kyläkokeilu", Optional.empty()).answers().getFirst().iri(),
                "not asked who: the project itself");
    }

    @Test
    void aWhoQuestionNamingAProjectFindsWhoRunsItAndThePeopleInItsRoles() {
        List<Routing.Answer> answers = voikkoRouterWith(PROJECT_ROLES).route("ketkä tekivät Pikkulan kyläkokeilun", Optional.empty()).answers();

        assertEquals("https://kurkiaura.fi/id/organisation/kunta", answers.getFirst().iri(), "who runs it first: " + answers);
        assertEquals(Set.of("https://kurkiaura.fi/id/person/leena", "https://kurkiaura.fi/id/person/olli"),
                answers.stream().skip(1).map(Routing.Answer::iri).collect(Collectors.toSet()), "then the people in its roles, not those of another project");
        assertTrue(answers.stream().anyMatch(answer -> answer.why().equals("ulkoinen arvioija, Pikkulan kyläkokeilu")), "their role is why: " + answers);
    }

    @Test
    void whoFundedAProjectFindsItsFunderAlsoWhenTheQuestionNamesTheProjectOnlyInPart() {
        Router router = voikkoRouterWith(PROJECT_ROLES + """
                o:saatio a org:FormalOrganization ; rdfs:label "Kylien säätiö"@fi .
                pr:kylakokeilu schema:funder o:saatio .
                """);

        Routing.Answer funder = router.route("kuka rahoitti Pikkulan kokeilua", Optional.empty()).answers().getFirst();
        assertEquals("https://kurkiaura.fi/id/organisation/saatio", funder.iri(), funder.toString());
        assertTrue(funder.why().contains("Pikkulan kyläkokeilu"), funder.why());
    }

    @Test
    void whoSpokeAtAnEventFindsItsPresentersAlsoWhenTheQuestionNamesTheEventOnlyInPart() {
        Router router = voikkoRouterWith(PROJECT_ROLES + """
                @prefix e: <https://kurkiaura.fi/id/event/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                e:loppuseminaari a schema:Event ; rdfs:label "Pikkulan kyläkokeilun loppuseminaari"@fi, "Pikkula village trial final seminar"@en ;
                    dcterms:description "Kokeilun tulokset."@fi, "The trial's results."@en ; schema:startDate "2020-01-20"^^xsd:date ;
                    schema:organizer pr:kylakokeilu ; schema:performer p:olli .
                """);

        Routing.Answer finnish = router.route("kuka alusti Pikkulan kyläkokeilun loppuseminaarissa", Optional.empty()).answers().getFirst();
        Routing.Answer english = router.route("Who presented the results at the Pikkula final seminar?", Optional.empty()).answers().getFirst();

        assertEquals("https://kurkiaura.fi/id/person/olli", finnish.iri(), finnish.toString());
        assertTrue(finnish.why().contains("alustaja: Pikkulan kyläkokeilun loppuseminaari"), finnish.why());
        assertEquals("https://kurkiaura.fi/id/person/olli", english.iri(), "named in part: " + english);
        assertTrue(english.why().contains("speaker at Pikkula village trial final seminar"), english.why());
    }

    @Test
    void whatAMeetingDecidedFindsTheMeeting() {
        Router router = voikkoRouterWith(PROJECT_ROLES + """
                @prefix e: <https://kurkiaura.fi/id/event/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                e:verkostotapaaminen-2027-01-01 a schema:Event ; rdfs:label "Verkostotapaaminen 1.1.2027"@fi ;
                    schema:startDate "2027-01-01T10:00:00+02:00"^^xsd:dateTime ; schema:organizer o:kunta ;
                    ku:agendaItem [ a ku:AgendaItem ; rdfs:label "Hankkeiden joulukalenteri" ;
                        ku:decision "Joulukalenteri toteutetaan yhteisellä Facebook-sivulla." ] .
                e:verkostotapaaminen-2027-02-05 a schema:Event ; rdfs:label "Verkostotapaaminen 5.2.2027"@fi ;
                    schema:startDate "2027-02-05T10:00:00+02:00"^^xsd:dateTime ; schema:organizer o:kunta .
                """);

        Routing.Answer decided = router.route("mitä joulukalenterista päätettiin", Optional.empty()).answers().getFirst();

        assertEquals("https://kurkiaura.fi/id/event/verkostotapaaminen-2027-01-01", decided.iri(), decided.toString());
    }

    @Test
    void whoHostsInAMonthIsTheHostOfThatMonthsMeetingOfTheNetworkNamed() {
        Router router = voikkoRouterWith(PROJECT_ROLES + """
                @prefix e: <https://kurkiaura.fi/id/event/> .
                @prefix n: <https://kurkiaura.fi/id/network/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                n:pikkulan-verkosto a org:OrganizationalCollaboration ; rdfs:label "Pikkulan verkosto"@fi, "Pikkula network"@en ; org:hasMember o:kunta, o:arvio .
                n:toinen-verkosto a org:OrganizationalCollaboration ; rdfs:label "Toinen verkosto"@fi ; org:hasMember o:tyopaikka .
                e:pikkula-maaliskuu a schema:Event ; rdfs:label "Pikkulan verkoston tapaaminen 5.3.2027"@fi ;
                    schema:startDate "2027-03-05T10:00:00+02:00"^^xsd:dateTime ; schema:organizer n:pikkulan-verkosto ; ku:host o:arvio .
                e:pikkula-huhtikuu a schema:Event ; rdfs:label "Pikkulan verkoston tapaaminen 2.4.2027"@fi ;
                    schema:startDate "2027-04-02T10:00:00+03:00"^^xsd:dateTime ; schema:organizer n:pikkulan-verkosto ; ku:host o:kunta .
                e:toinen-maaliskuu a schema:Event ; rdfs:label "Toisen verkoston tapaaminen 12.3.2027"@fi ;
                    schema:startDate "2027-03-12T10:00:00+02:00"^^xsd:dateTime ; schema:organizer n:toinen-verkosto ; ku:host o:tyopaikka .
                """);

        Routing finnish = router.route("kuka isännöi Pikkulan verkoston tapaamisen maaliskuussa 2027?", Optional.empty());
        Routing english = router.route("Who hosts in April 2027?", Optional.empty());
        Routing both = router.route("kuka on isäntä maaliskuussa 2027", Optional.empty());

        assertEquals(List.of("https://kurkiaura.fi/id/organisation/arvio"), finnish.answers().stream().map(Routing.Answer::iri).toList(), finnish.toString());
        assertTrue(finnish.answers().getFirst().why().contains("isäntä: Pikkulan verkoston tapaaminen 5.3.2027"), finnish.answers().getFirst().why());
        assertEquals("https://kurkiaura.fi/id/organisation/kunta", english.answers().getFirst().iri());
        assertTrue(english.answers().getFirst().why().startsWith("host of "), english.answers().getFirst().why());
        assertEquals(List.of("https://kurkiaura.fi/id/organisation/arvio", "https://kurkiaura.fi/id/organisation/tyopaikka"),
                both.answers().stream().map(Routing.Answer::iri).toList(), "no network named: every meeting of the month, in order");
    }

    @Test
    void aServiceForTheGroupTheQuestionNamesRanksAboveOneForEveryoneThatServesItToo() {
        Router router = voikkoRouterWith("""
                tg:tyonhakijat a skos:Concept ; skos:prefLabel "työnhakijat"@fi .
                tg:maahanmuuttajat a skos:Concept ; skos:prefLabel "maahanmuuttajat"@fi .
                s:nuorten-neuvonta a schema:Service ; rdfs:label "Neuvontapiste"@fi ;
                    dcterms:description "Neuvontaa ja ohjausta."@fi ; schema:audience tg:nuoret ; schema:areaServed pl:hameenlinna .
                s:kaikkien-neuvonta a schema:Service ; rdfs:label "Neuvontapiste"@fi ;
                    dcterms:description "Neuvontaa ja ohjausta, neuvontaa kaikille."@fi ; schema:audience tg:nuoret, tg:tyonhakijat, tg:maahanmuuttajat ;
                    schema:areaServed pl:hameenlinna .
                """);

        assertEquals("https://kurkiaura.fi/id/service/nuorten-neuvonta",
                router.route("olen 22 ja tarvitsen neuvontaa Hämeenlinnassa", Optional.empty()).answers().getFirst().iri());
    }

    @Test
    void aWholeThatFitsAsWellAsItsPartsComesFirst() {
        Router router = voikkoRouterWith("""
                <https://kurkiaura.fi/id/project/yhteinen-verstas> a schema:Project ; rdfs:label "Yhteinen verstas"@fi ;
                    dcterms:description "Verstas kaikille työelämän ulkopuolella oleville."@fi .
                <https://kurkiaura.fi/id/project/verstas-forssa> a <https://kurkiaura.fi/ontology#Pilot> ; rdfs:label "Yhteinen verstas"@fi ;
                    dcterms:description "Verstas kaikille työelämän ulkopuolella oleville."@fi ;
                    dcterms:isPartOf <https://kurkiaura.fi/id/project/yhteinen-verstas> .
                <https://kurkiaura.fi/id/project/verstas-jamsa> a <https://kurkiaura.fi/ontology#Pilot> ; rdfs:label "Yhteinen verstas"@fi ;
                    dcterms:description "Verstas kaikille työelämän ulkopuolella oleville."@fi ;
                    dcterms:isPartOf <https://kurkiaura.fi/id/project/yhteinen-verstas> .
                """);

        List<Routing.Answer> answers = router.route("yhteinen verstas työelämän ulkopuolella oleville", Optional.empty()).answers();

        assertEquals(List.of("https://kurkiaura.fi/id/project/yhteinen-verstas", "https://kurkiaura.fi/id/project/verstas-forssa",
                "https://kurkiaura.fi/id/project/verstas-jamsa"), answers.stream().map(Routing.Answer::iri).toList());
    }

    @Test
    void aTitleInANamedOrganisationIsAnsweredByWhoHoldsItFirst() {
        Router router = voikkoRouterWith("""
                o:kurjek a org:FormalOrganization ; rdfs:label "Kurjek Oy"@fi .
                s:kurjek-neuvonta a schema:Service ; rdfs:label "Kurjekin toimitusjohtajan yritysneuvonta"@fi ;
                    dcterms:description "Kurjekin toimitusjohtaja ja neuvojat neuvovat yrityksiä: Kurjek auttaa, Kurjek tukee."@fi ; schema:provider o:kurjek .
                s:kurjek-rahoitus a schema:Service ; rdfs:label "Kurjekin toimitusjohtajan rahoitusneuvonta"@fi ;
                    dcterms:description "Kurjekin toimitusjohtaja neuvoo rahoituksessa: Kurjek rahoittaa."@fi ; schema:provider o:kurjek .
                s:kurjek-tilat a schema:Service ; rdfs:label "Kurjekin toimitusjohtajan tilat"@fi ;
                    dcterms:description "Kurjek vuokraa tiloja: Kurjekin tilat, Kurjekin toimitusjohtaja."@fi ; schema:provider o:kurjek .
                <https://kurkiaura.fi/id/person/maija> a foaf:Person ; foaf:name "Maija Meikäläinen" ; ku:listed true .
                [] a org:Membership ; org:member <https://kurkiaura.fi/id/person/maija> ; org:organization o:kurjek ;
                    ku:roleLabel "toimitusjohtaja"@fi .
                """, """
                <https://kurkiaura.fi/id/lexicon/ceo> a <http://www.w3.org/2004/02/skos/core#Concept> ;
                    <http://www.w3.org/2004/02/skos/core#prefLabel> "toimitusjohtaja"@fi, "CEO"@en .
                """);

        Routing routing = router.route("the CEO of Kurjek", Optional.empty());

        assertEquals("https://kurkiaura.fi/id/person/maija", routing.answers().getFirst().iri(), routing.answers().toString());
        assertTrue(routing.answers().getFirst().why().contains("toimitusjohtaja, Kurjek Oy"), routing.answers().toString());
    }

    @Test
    void answersAreInTheAskersLanguage() {
        Routing routing = router().route("work trial for young people in Forssa", Optional.empty());

        assertEquals("en", routing.lang());
        assertTrue(routing.reply().startsWith(routing.fallback() ? "I found" : "The best"), routing.reply());
    }

    @Test
    void greetingsThanksAndAskingForHelpGetAFriendlyReplyInTheirLanguage() {
        Routing hello = router().route("Hei!", Optional.empty());
        assertFalse(hello.fallback());
        assertTrue(hello.answers().isEmpty());
        assertTrue(hello.reply().startsWith("Hei! Olen Kurkiauran botti"), hello.reply());

        assertTrue(router().route("hej, vad kan du göra?", Optional.empty()).reply().startsWith("Hej! Jag är"));
        assertTrue(router().route("thank you so much", Optional.empty()).reply().startsWith("You are welcome"));
        assertFalse(router().route("hei, työkokeilu Forssassa", Optional.empty()).answers().isEmpty(), "a question with a greeting is still a question");
    }
}
