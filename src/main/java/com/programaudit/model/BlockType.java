package com.programaudit.model;

/** Purpose of a training block (RULES.md "block"). NONE when the coach gave no type. */
public enum BlockType { POWER, HYPERTROPHY, METABOLIC, DELOAD, NONE }
