package fi.kurkiaura.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderTextTest {

    private static final LocalDateTime FIRST_FRIDAY = LocalDateTime.of(2027, 2, 5, 9, 0);

    @Test
    void whenWhereWhoHostsTheAgendaAndTheActionsDue() {
        assertEquals("""
                Muistutus: TyöHämeen yhteistyöpalaveri pe 5.2.2027 klo 9.00–11.00
                Paikka: TyöHämeen Hämeenlinnan toimipiste
                Isäntä: Hattulan kunta
                Asialista:
                1. Kuulumiset
                2. Kesätyöt 2027
                Erääntyvät toimenpiteet:
                – Kootaan kesätyöpaikat (Forssan kaupunki, 31.1.2027)""",
                ReminderText.of("fi", "TyöHämeen yhteistyöpalaveri", FIRST_FRIDAY, FIRST_FRIDAY.plusHours(2),
                        Optional.of("TyöHämeen Hämeenlinnan toimipiste"), Optional.of("Hattulan kunta"), List.of("Kuulumiset", "Kesätyöt 2027"),
                        List.of(new ReminderText.Due("Kootaan kesätyöpaikat", "Forssan kaupunki", LocalDate.of(2027, 1, 31)))));
    }

    @Test
    void inTheLanguageOfTheSeriesAndWithAnEmptyAgendaAnInvitationToProposeItems() {
        String swedish = ReminderText.of("sv", "Nätverksmöte", FIRST_FRIDAY, FIRST_FRIDAY.plusHours(2), Optional.empty(), Optional.empty(), List.of(),
                List.of());
        assertTrue(swedish.startsWith("Påminnelse: Nätverksmöte fre 5.2.2027 kl. 9.00–11.00"), swedish);
        assertTrue(swedish.contains("föreslå dem i mötets rum"), swedish);
        assertTrue(ReminderText.of("en", "Network meeting", FIRST_FRIDAY, FIRST_FRIDAY.plusHours(2), Optional.empty(), Optional.of("Pori"), List.of(),
                List.of()).contains("Host: Pori"));
    }
}
