package fi.kurkiaura.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Kurki's commands in three languages, and how its answers read in the chat. */
class ChatCommandTest {

    @Test
    void commandsInThreeLanguages() {
        assertEquals(Optional.of(new ChatCommand(ChatCommand.Action.WHO, "työkokeilu Forssa", Language.FI)), ChatCommand.of(" /kuka työkokeilu Forssa"));
        assertEquals(Optional.of(new ChatCommand(ChatCommand.Action.WHO, "arbetsprövning", Language.SV)), ChatCommand.of("/VEM arbetsprövning"));
        assertEquals(Optional.of(new ChatCommand(ChatCommand.Action.EVENTS, "", Language.FI)), ChatCommand.of("/tapahtumat"));
        assertEquals(Optional.of(new ChatCommand(ChatCommand.Action.EVENTS, "digital skills", Language.EN)), ChatCommand.of("/events  digital skills"));
        assertEquals(Optional.of(new ChatCommand(ChatCommand.Action.GROUPS, "", Language.FI)), ChatCommand.of("/ryhmät"));
        assertEquals(Optional.of(new ChatCommand(ChatCommand.Action.GROUPS, "", Language.FI)), ChatCommand.of("/ryhmat"));
        assertEquals(Optional.of(new ChatCommand(ChatCommand.Action.GROUPS, "", Language.SV)), ChatCommand.of("/grupper"));
    }

    @Test
    void anUnknownCommandGetsTheHelpAndAQuestionIsNoCommand() {
        assertEquals(ChatCommand.Action.HELP, ChatCommand.of("/poista kaikki").orElseThrow().action());
        assertTrue(ChatCommand.of("missä on työkokeilu?").isEmpty());
    }

    @Test
    void anAnswerReadsAsLinesOfTextWithWhatToDoNext() {
        Routing.Answer answer = new Routing.Answer("https://kurkiaura.fi/id/project/x", "project", "Kylähanke", "alue: Forssa", 0.9, null,
                new Routing.Link("https://kurkiaura.fi/id/organisation/y", "Kylien yhdistys"), "https://kylat.example/",
                new Routing.Dated("https://kurkiaura.fi/id/event/z", "Kyläilta", LocalDate.of(2026, 12, 4)), new Routing.Join(7, "room", "Kylät"));
        String text = ChatReplies.of(new Routing("fi", "Parhaiten kysymykseesi sopii Kylähanke.", false, null, List.of(answer)));

        assertEquals("""
                Parhaiten kysymykseesi sopii Kylähanke.
                1. Kylähanke (alue: Forssa)
                   järjestäjä: Kylien yhdistys · https://kylat.example/ · seuraava tapahtuma: Kyläilta 4.12.2026 · huone chatissa: Kylät \
                · https://kurkiaura.fi/id/project/x""", text);
    }

    @Test
    void theProviderIsNotSaidTwice() {
        Routing.Answer answer = new Routing.Answer("https://kurkiaura.fi/id/service/x", "service", "Työkokeilu", "alue: Forssa; järjestäjä: TyöHäme", 1.0,
                null, new Routing.Link("https://kurkiaura.fi/id/network/tyohame", "TyöHäme"), null, null, null);
        String text = ChatReplies.of(new Routing("fi", "Parhaiten kysymykseesi sopii Työkokeilu.", false, null, List.of(answer)));

        assertEquals(1, text.split("järjestäjä: TyöHäme", -1).length - 1, text);
    }

    @Test
    void peerGroupListsSayHowManyMoreThereAre() {
        List<String> twelve = java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(number -> "Ryhmä " + number).toList();
        String text = ChatReplies.peerGroups(twelve, Language.FI);

        assertTrue(text.contains("- Ryhmä 10"), text);
        assertTrue(!text.contains("Ryhmä 11") && text.endsWith("…ja 2 muuta."), text);
        assertTrue(ChatReplies.peerGroups(List.of(), Language.EN).startsWith("There are no open peer groups"));
    }
}
