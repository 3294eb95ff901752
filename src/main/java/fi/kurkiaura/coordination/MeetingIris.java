package fi.kurkiaura.coordination;

import java.time.LocalDate;

/** The graph names of meeting series and their meetings: a meeting is its series' name and its original date. */
final class MeetingIris {

    static final String EVENT = "https://kurkiaura.fi/id/event/";

    private MeetingIris() {
    }

    static String series(String slug) {
        return EVENT + slug;
    }

    static String meeting(String seriesSlug, LocalDate originalDate) {
        return EVENT + seriesSlug + "-" + originalDate;
    }
}
