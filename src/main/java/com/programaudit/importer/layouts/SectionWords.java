package com.programaudit.importer.layouts;

import com.programaudit.importer.words.Keywords;
import com.programaudit.importer.words.ValueParser;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title words of programs written as section rows (a week row, a session row, a lift row, set
 * rows), in the languages calculators and generators are shared in. Kept together so the list can
 * move into the rules vocabulary as data.
 */
public final class SectionWords {
    /** Words for "week": English, Russian, Spanish/Portuguese, French, German, Italian. */
    private static final String WEEK = "week|wk|неделя|недели|semana|semaine|woche|settimana";
    /** "Week1", "Week 3 - Deload", "1 неделя", "Неделя 2". */
    private static final Pattern WEEK_TITLE = Pattern.compile(
            "^(?:(?:" + WEEK + ")\\s*\\.?\\s*№?\\s*(\\d{1,2})|(\\d{1,2})\\s*(?:-?я\\s*)?(?:" + WEEK + "))\\b.{0,30}$");
    /** Session words besides the English ones {@link Keywords#isSessionTitle} knows: "тр. №3", "Тренировка 2", "Первый день", "Día 1". */
    private static final Pattern SESSION_TITLE = Pattern.compile(
            "^(?:тр\\.?|трен\\.?|тренировка|занятие|день|día|dia|jour|tag|giorno|séance|sessione)\\s*№?\\s*\\d{1,3}\\b.{0,40}$"
                    + "|^(?:первый|второй|третий|четвертый|четвёртый|пятый|шестой)\\s+день$"
                    + "|^(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)$");
    /** "Set 1 :", "Set 2", "Подход 3", "Serie 1": a set row under a lift title. */
    private static final Pattern SET_LABEL = Pattern.compile("^(?:set|подход|serie|série|satz)\\s*(\\d{1,2})\\s*:?$");
    /** A test of the max ("Проходка", "max test", "1RM test"): its top singles are maximal attempts. */
    private static final Pattern MAX_TEST = Pattern.compile("проходк|\\bmax(?:imum)? test\\b|\\b1rm test\\b|\\btesting\\b");
    /** Ordinal session words that carry no digit: the n-th day. */
    private static final String[] ORDINAL_DAYS = {"первый", "второй", "третий", "четвертый", "пятый", "шестой"};

    /** A header cell that is the week word alone ("Неделя", "Week", "Wk"): the column of week numbers. */
    private static final Pattern WEEK_WORD = Pattern.compile("^(?:" + WEEK + "|weeks|недели)\\.?$");

    private SectionWords() { }

    public static boolean isWeekWord(String text) { return WEEK_WORD.matcher(ValueParser.clean(text)).matches(); }

    /** The week number of a week title row's cell, if it is one. */
    public static Optional<Integer> weekNumber(String text) {
        Matcher m = WEEK_TITLE.matcher(ValueParser.clean(text));
        if (!m.matches()) return Optional.empty();
        return Optional.of(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
    }

    public static boolean isSessionTitle(String text) {
        String t = ValueParser.clean(text);
        return Keywords.isSessionTitle(t) || SESSION_TITLE.matcher(t).matches();
    }

    /** "Первый день" is day 1: ordinal words given as a number label so sessions sort by it. */
    public static String sessionLabel(String text) {
        String t = ValueParser.clean(text);
        for (int i = 0; i < ORDINAL_DAYS.length; i++) {
            if (t.startsWith(ORDINAL_DAYS[i] + " ")) return "Day " + (i + 1) + " (" + text.strip() + ")";
        }
        return text.strip();
    }

    public static Optional<Integer> setNumber(String text) {
        Matcher m = SET_LABEL.matcher(ValueParser.clean(text));
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    public static boolean isMaxTest(String text) { return MAX_TEST.matcher(ValueParser.clean(text)).find(); }
}
