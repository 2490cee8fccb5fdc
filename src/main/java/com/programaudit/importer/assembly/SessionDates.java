package com.programaudit.importer.assembly;

import com.programaudit.model.SourceCell;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exports from coaching apps date their sessions instead of numbering weeks: the week is the
 * calendar week (Monday first) counted from the first date, and each date is its own session.
 * Day and month order of "01/02/2024" is decided for the whole column: a first number above 12
 * anywhere means day/month, else month/day (the apps' US default).
 */
public final class SessionDates {
    /** "12 Dec 2024, 13:18", "03/02/2024 18:04:00": the time of day does not change the week. */
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?i)(?<![,\\s])[,\\s]+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?\\s*$");
    private static final Pattern NUMERIC = Pattern.compile("^\\s*(\\d{1,2})[/.](\\d{1,2})[/.](\\d{2,4})\\s*$");
    private static final List<DateTimeFormatter> WORDED = List.of(
            DateTimeFormatter.ofPattern("d-MMM-uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("d-MMM-uu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));

    private final boolean dayFirst;
    private LocalDate firstMonday;

    private SessionDates(boolean dayFirst) { this.dayFirst = dayFirst; }

    public static SessionDates forColumn(List<String> texts) {
        boolean dayFirst = texts.stream().map(t -> NUMERIC.matcher(withoutTime(t)))
                .anyMatch(m -> m.matches() && Integer.parseInt(m.group(1)) > 12);
        SessionDates dates = new SessionDates(dayFirst);
        // apps list the newest workout first: week 1 is the week of the earliest date, wherever it is
        texts.stream().map(dates::parse).flatMap(Optional::stream).min(LocalDate::compareTo)
                .ifPresent(d -> dates.firstMonday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        return dates;
    }

    /** "Week 3" for a date in the third calendar week of the program; empty when the text is no date. */
    public Optional<SourceCell> week(SourceCell date) {
        return parse(date.getText()).map(d -> {
            LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (firstMonday == null) firstMonday = monday;
            long week = ChronoUnit.WEEKS.between(firstMonday, monday) + 1;
            return new SourceCell(date.getRef(), "Week " + Math.max(1, week));
        });
    }

    private static String withoutTime(String text) {
        return TIME_OF_DAY.matcher(text.strip()).replaceFirst("");
    }

    public Optional<LocalDate> parse(String text) {
        if (text.isBlank()) return Optional.empty();
        String t = text.strip();
        try {
            return Optional.of(LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t));
        } catch (DateTimeParseException e) {
            // not ISO: try the other shapes
        }
        t = withoutTime(t);
        Matcher m = NUMERIC.matcher(t);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            if (year < 100) year += 2000;
            try {
                return Optional.of(dayFirst ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        for (DateTimeFormatter format : WORDED) {
            try {
                return Optional.of(LocalDate.parse(t, format));
            } catch (DateTimeParseException e) {
                // next shape
            }
        }
        return Optional.empty();
    }
}
