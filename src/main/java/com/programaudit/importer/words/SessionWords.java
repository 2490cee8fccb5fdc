package com.programaudit.importer.words;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How coaches head a session's column, in the languages programs are shared in ("Day 1", "Push A",
 * "treino A", "Día 1", "Tag 1", "День 1", "1日目", "1일차", "Day 1 하체"), the paired column holding
 * its prescription ("reps", "repetições A", "séries"), and week labels written in rows ("Week 2",
 * "Semana 2", a date).
 */
public final class SessionWords {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String END = "(?![\\p{L}\\d])";
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:day|d[ií]a|dia|tag|jour|giorno|dag|dzie[nń]|день|session|s[ée]ance|sess[aã]o|sesi[oó]n|workout|treino|"
                    + "training|entrenamiento|allenamento|seduta|scheda|einheit|trening|тренировка|훈련|운동)\\s*[#№.:-]?\\s*(?:\\d{1,2}|[a-f])" + END + ".*",
            FLAGS);
    private static final Pattern NUMBER_FIRST = Pattern.compile(
            "^(?:\\d{1,2}\\s*(?:일차|日目|回目|-?(?:й|ый)?\\s*день|\\.?\\s*tag|(?:st|nd|rd|th)\\s+day)|第\\s*(?:\\d{1,2}|[一二三四五六七])\\s*[天日])"
                    + END + ".*", FLAGS);
    private static final Pattern WEEKDAY = Pattern.compile(
            "^(?:mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday"
                    + "|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|segunda(?:-feira)?|ter[çc]a(?:-feira)?"
                    + "|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|montag|dienstag|mittwoch|donnerstag|freitag"
                    + "|samstag|sonntag|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica"
                    + "|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|понедельник|вторник|среда"
                    + "|четверг|пятница|суббота|воскресенье|[월화수목금토일]요일|[月火水木金土日]曜日?|(?:星期|周)[一二三四五六日天])" + END + ".*",
            FLAGS);
    /** Short weekdays of other languages ("Mo", "Mi.", "lun", "mié"), only as a whole heading: "do" and "so" are words too. */
    private static final Pattern SHORT_WEEKDAY = Pattern.compile(
            "^(?:mo|di|mi|do|fr|sa|so|lun|mar|mer|mi[ée]|jeu|jue|gio|ven|vie|sam|s[áa]b|dim|dom)\\.?$", FLAGS);
    /** Split names: "Push A", "legs B", "Upper 1", "Full body", "Upper day". */
    private static final Pattern SPLIT = Pattern.compile(
            "^(?:push|pull|legs?|upper|lower|full[- ]?body|upper[- ]body|lower[- ]body)(?:\\s*(?:day|body|[a-f]|\\d{1,2}))?\\s*$",
            FLAGS);
    private static final String MUSCLE = "(?:chest|back|shoulders?|delts|arms?|biceps?|triceps?|legs?|glutes?|hamstrings|hams"
            + "|quads|calves|core|abs)";
    /** Muscle-group days: "Chest & Triceps", "Back/Biceps", "Arm day"; a muscle alone is not a session. */
    private static final Pattern MUSCLE_DAY = Pattern.compile(
            "^" + MUSCLE + "(?:(?:\\s*(?:&|\\+|/|,|and)\\s*" + MUSCLE + ")+(?:\\s+day)?|\\s+day)\\s*(?:[a-f]|\\d{1,2})?\\s*$", FLAGS);
    private static final Pattern PAIRED = Pattern.compile(
            "^(?:reps?|repetitions?|repeti[çc](?:õ|o)es|repeticiones|wiederholungen|повторени\\p{L}*|повт|횟수|回数|"
                    + "sets?|s[ée]ries|s[äa]tze|подход\\p{L}*|세트|セット|sets?\\s*x\\s*reps?|prescription|scheme|volume|volumen)"
                    + END + ".*",
            FLAGS);
    private static final Pattern WEEK = Pattern.compile(
            "^(?:week|wk|semana|woche|semaine|settimana|tydzie[nń]|неделя|주|週)\\s*[#№.:-]?\\s*\\d{1,2}" + END + ".*"
                    + "|^\\d{1,2}\\s*(?:주차|週目|-?(?:я|ая)?\\s*неделя|\\.?\\s*woche|(?:st|nd|rd|th)\\s+week)" + END + ".*"
                    + "|^第\\s*(?:\\d{1,2}|[一二三四五六七八九十])\\s*周" + END + ".*"
                    + "|^w\\s?\\d{1,2}" + END + ".*",
            FLAGS);
    private static final Pattern DATE = Pattern.compile(
            "^(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[\\- ][A-Za-z]{3,9}[\\- ,]+\\d{2,4}"
                    + "|[A-Za-z]{3,9}\\.? \\d{1,2},? \\d{4})(?:[ T].*)?$");
    private static final Pattern WEEK_STARTING = Pattern.compile("^(?:week\\s+(?:starting|of|beginning)|semana\\s+de)\\s*:?\\s*(.+)$",
            FLAGS);

    private SessionWords() { }

    /** A column heading that names a session: a numbered day or workout, a weekday, a split name. */
    public static boolean isSessionName(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 40) return false;
        return NUMBERED.matcher(t).matches() || NUMBER_FIRST.matcher(t).matches() || WEEKDAY.matcher(t).matches()
                || SHORT_WEEKDAY.matcher(t).matches() || SPLIT.matcher(t).matches() || MUSCLE_DAY.matcher(t).matches();
    }

    /** A heading of the column beside an exercise column that holds its prescription: "repetições A", "reps". */
    public static boolean isPrescriptionHeading(String text) {
        String t = text.strip();
        return !t.isEmpty() && !isSessionName(t) && (PAIRED.matcher(t).matches()
                || HeaderWords.columnOf(t).map(c -> c == Column.REPS || c == Column.SETS || c == Column.SETS_X_REPS).orElse(false));
    }

    /** A week label in a row: "Week 2", "Semana 2", "2주차", "Week Starting 05/12/22", or a date alone. */
    public static Optional<String> weekLabel(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 40) return Optional.empty();
        java.util.regex.Matcher starting = WEEK_STARTING.matcher(t);
        if (starting.matches()) return DATE.matcher(starting.group(1).strip()).matches() ? Optional.of(t) : Optional.empty();
        return WEEK.matcher(t).matches() || DATE.matcher(t).matches() ? Optional.of(t) : Optional.empty();
    }
}
