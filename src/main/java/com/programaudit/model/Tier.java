package com.programaudit.model;

/**
 * Catalog class of an exercise; UNKNOWN when the name is not in the catalog. CONDITIONING is cardio
 * (running, bike, rower, sleds, metcons): neither a heavy compound nor a compound, and it counts no hard sets.
 */
public enum Tier { HEAVY_COMPOUND, COMPOUND, ISOLATION, CONDITIONING, UNKNOWN }
