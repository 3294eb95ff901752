package fi.kurkiaura.bot;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month a question asks about: a Finnish month name in any case ("maaliskuussa",
 * "maaliskuun"), or a Swedish or English one after "i", "in" or "during" ("i mars", "in March";
 * English "may" alone is a verb), with a year if one is written (2020–2099); without one, the
 * month's next coming (this month counts).
 */
final class MonthAsked {

    private static final List<String> FINNISH = List.of("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras",
            "joulu");
    private static final List<String> SWEDISH = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
            "november", "december");
    private static final List<String> ENGLISH = List.of("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");
    private static final Pattern FINNISH_MONTH = Pattern.compile("(?iu)(?<![\\p{L}])(" + String.join("|", FINNISH) + ")kuu\\p{L}*");
    private static final Pattern OTHER_MONTH = Pattern.compile("(?iu)(?<![\\p{L}])(?:i|in|during|under)\\s+(" + String.join("|", SWEDISH) + "|"
            + String.join("|", ENGLISH) + ")(?![\\p{L}])");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(20[2-9][0-9])(?![0-9])");

    private MonthAsked() {
    }

    static Optional<YearMonth> in(String question, LocalDate today) {
        Optional<Integer> month = monthOf(question);
        if (month.isEmpty()) {
            return Optional.empty();
        }
        Matcher year = YEAR.matcher(question);
        if (year.find()) {
            return Optional.of(YearMonth.of(Integer.parseInt(year.group(1)), month.get()));
        }
        YearMonth thisYear = YearMonth.of(today.getYear(), month.get());
        return Optional.of(thisYear.isBefore(YearMonth.from(today)) ? thisYear.plusYears(1) : thisYear);
    }

    private static Optional<Integer> monthOf(String question) {
        Matcher finnish = FINNISH_MONTH.matcher(question);
        if (finnish.find()) {
            return Optional.of(FINNISH.indexOf(finnish.group(1).toLowerCase(Locale.ROOT)) + 1);
        }
        Matcher other = OTHER_MONTH.matcher(question);
        if (other.find()) {
            String name = other.group(1).toLowerCase(Locale.ROOT);
            int swedish = SWEDISH.indexOf(name);
            return Optional.of(swedish >= 0 ? swedish + 1 : ENGLISH.indexOf(name) + 1);
        }
        return Optional.empty();
    }
}
