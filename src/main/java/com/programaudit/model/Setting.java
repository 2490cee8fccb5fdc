package com.programaudit.model;

/**
 * A label/value pair a coach wrote beside the program ("Max drop sets per session: 1"). Settings on a
 * Policy sheet are meant as rule settings; elsewhere they may be anything ("Goal: hypertrophy").
 */
public record Setting(String label, String value, CellRef cell, boolean onPolicySheet) { }
