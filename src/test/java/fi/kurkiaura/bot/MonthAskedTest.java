package fi.kurkiaura.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MonthAskedTest {

    private static final LocalDate NOVEMBER_2026 = LocalDate.of(2026, 11, 23);

    @Test
    void aFinnishMonthInAnyCaseAndTheNextComingWithoutAYear() {
        assertEquals(Optional.of(YearMonth.of(2027, 3)), MonthAsked.in("kuka isännöi maaliskuussa?", NOVEMBER_2026));
        assertEquals(Optional.of(YearMonth.of(2026, 11)), MonthAsked.in("marraskuun tapaaminen", NOVEMBER_2026), "this month counts");
        assertEquals(Optional.of(YearMonth.of(2020, 11)), MonthAsked.in("seminaari marraskuussa 2020", NOVEMBER_2026));
    }

    @Test
    void aSwedishOrEnglishMonthAfterAPreposition() {
        assertEquals(Optional.of(YearMonth.of(2027, 3)), MonthAsked.in("Vem är värd i mars?", NOVEMBER_2026));
        assertEquals(Optional.of(YearMonth.of(2027, 5)), MonthAsked.in("Who hosts in May 2027?", NOVEMBER_2026));
        assertEquals(Optional.empty(), MonthAsked.in("May I join the network meeting?", NOVEMBER_2026), "a verb, not a month");
        assertEquals(Optional.empty(), MonthAsked.in("työkokeilu Forssassa", NOVEMBER_2026));
    }
}
