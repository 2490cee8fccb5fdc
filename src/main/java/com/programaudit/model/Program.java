package com.programaudit.model;

import java.util.List;

/** The program being audited: details the coach gave, plus its size. One per audited program. */
public final class Program {
    private final String file;
    private final String name;
    private final String athlete;
    private final String coach;
    private final Level level;
    private final Boolean trainsAlone;
    private final int weeks;
    private final List<Block> blocks;
    private final ProgramReading reading;

    public Program(String file, String name, String athlete, String coach, Level level, Boolean trainsAlone,
                   int weeks, List<Block> blocks, ProgramReading reading) {
        this.file = file;
        this.name = name;
        this.athlete = athlete;
        this.coach = coach;
        this.level = level == null ? Level.UNKNOWN : level;
        this.trainsAlone = trainsAlone;
        this.weeks = weeks;
        this.blocks = List.copyOf(blocks);
        this.reading = reading;
    }

    public String getFile() { return file; }
    public String getName() { return name; }
    public String getAthlete() { return athlete; }
    public String getCoach() { return coach; }
    public Level getLevel() { return level; }
    public boolean isBeginner() { return level == Level.BEGINNER; }
    /** null when the program does not say. */
    public Boolean getTrainsAlone() { return trainsAlone; }
    public boolean isAlone() { return Boolean.TRUE.equals(trainsAlone); }
    public int getWeeks() { return weeks; }
    public List<Block> getBlocks() { return blocks; }
    /** How the importer read the file (null for a program not read from a file). */
    public ProgramReading getReading() { return reading; }
}
