package fi.kurkiaura.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.chat.Messages;
import fi.kurkiaura.chat.StaffRoom;
import fi.kurkiaura.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** What reaches the coordinators: each question once an hour, at most so many an hour, and who asked. */
class HandoverTest {

    /** The coordinators' conversation as far as the handover sees it: what was posted, or a failure. */
    private static final class PostedTexts extends StaffRoom {
        final List<String> texts = new ArrayList<>();
        boolean failing;

        @Override
        public CompletableFuture<Messages.Sent> post(long assistantId, String clientId, String text) {
            if (failing) {
                return CompletableFuture.failedFuture(new IllegalStateException("the database is gone"));
            }
            texts.add(text);
            return CompletableFuture.completedFuture(null);
        }
    }

    private static final class Kurki extends KurkiAccount {
        @Override
        public long id() {
            return 1;
        }
    }

    private final PostedTexts room = new PostedTexts();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T10:00:00Z"));

    private Handover handover(int perHour) {
        Handover handover = new Handover();
        handover.staffRoom = room;
        handover.kurki = new Kurki();
        handover.perHour = perHour;
        handover.clock = clock;
        return handover;
    }

    @Test
    void aKnownAskerIsNamedSoThatACoordinatorCanWriteBack() {
        assertTrue(handover(30).toCoordinators("Missä on uimahalli?", Language.FI, Asker.inChat("Sara Medlem", "«TyöHäme-verkosto»")));

        assertEquals("""
                Kysymys, johon en löytänyt vastausta verkostosta (kieli: fi):
                «Missä on uimahalli?»
                Kysyjä: Sara Medlem chatissa («TyöHäme-verkosto»). Vastaa hänelle yksityisviestillä.""", room.texts.getFirst());
    }

    @Test
    void anAnonymousAskerIsSaidToBeUnknown() {
        handover(30).toCoordinators("Var finns simhallen?", Language.SV, Asker.ANONYMOUS);

        assertTrue(room.texts.getFirst().contains("(kieli: sv)"));
        assertTrue(room.texts.getFirst().endsWith("Kysyjä ei ollut kirjautunut (bottipaneelissa), joten hänelle ei voi vastata suoraan; "
                + "kysymys on myös botin tarkistuslistalla."), room.texts.getFirst());
    }

    @Test
    void theSameQuestionFromTheSameAskerIsPostedOnceAnHour() {
        Handover handover = handover(30);
        Asker sara = Asker.inPanel("Sara Medlem");

        assertTrue(handover.toCoordinators("Missä on uimahalli?", Language.FI, sara));
        assertTrue(handover.toCoordinators("  missä on   UIMAHALLI? ", Language.FI, sara), "it is with the coordinators already");
        assertTrue(handover.toCoordinators("Missä on uimahalli?", Language.FI, Asker.inPanel("Olli Ohjaaja")), "someone else asking is news");
        assertEquals(2, room.texts.size());

        clock.advance(Duration.ofMinutes(61));
        assertTrue(handover.toCoordinators("Missä on uimahalli?", Language.FI, sara));
        assertEquals(3, room.texts.size());
    }

    @Test
    void pastTheHourlyLimitNothingMoreIsPostedUntilTheHourHasPassed() {
        Handover handover = handover(2);

        assertTrue(handover.toCoordinators("eka", Language.FI, Asker.ANONYMOUS));
        assertTrue(handover.toCoordinators("toka", Language.FI, Asker.ANONYMOUS));
        assertFalse(handover.toCoordinators("kolmas", Language.FI, Asker.ANONYMOUS));
        assertEquals(2, room.texts.size());

        clock.advance(Duration.ofMinutes(61));
        assertTrue(handover.toCoordinators("kolmas", Language.FI, Asker.ANONYMOUS));
    }

    @Test
    void aFailedPostIsNotRememberedAsPosted() {
        Handover handover = handover(30);
        room.failing = true;
        assertFalse(handover.toCoordinators("Missä on uimahalli?", Language.FI, Asker.ANONYMOUS));

        room.failing = false;
        assertTrue(handover.toCoordinators("Missä on uimahalli?", Language.FI, Asker.ANONYMOUS));
        assertEquals(1, room.texts.size());
    }
}
