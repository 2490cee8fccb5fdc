package com.programaudit.model;

/** Training level of the athlete as the coach declared it. */
public enum Level { BEGINNER, INTERMEDIATE, ADVANCED, UNKNOWN }
