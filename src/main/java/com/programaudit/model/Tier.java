package com.programaudit.model;

/** Catalog class of an exercise; UNKNOWN when the name is not in the catalog. */
public enum Tier { HEAVY_COMPOUND, COMPOUND, ISOLATION, UNKNOWN }
