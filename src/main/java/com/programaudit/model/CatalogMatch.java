package com.programaudit.model;

import java.util.List;

/** What the exercise catalog says about a name the coach wrote. */
public final class CatalogMatch {
    private static final CatalogMatch UNKNOWN = new CatalogMatch(null, Tier.UNKNOWN, null, List.of(), List.of(), null, false, null);

    private final String name;
    private final Tier tier;
    private final String equipment;
    private final List<String> muscles;
    private final List<String> secondaryMuscles;
    private final List<String> trainedMuscles;
    private final String saferAlternative;
    private final boolean spotterNeeded;
    private final String suggestion;

    public CatalogMatch(String name, Tier tier, String equipment, List<String> muscles, List<String> secondaryMuscles,
                        String saferAlternative, boolean spotterNeeded, String suggestion) {
        this.name = name;
        this.tier = tier;
        this.equipment = equipment;
        this.muscles = List.copyOf(muscles);
        this.secondaryMuscles = List.copyOf(secondaryMuscles);
        this.trainedMuscles = java.util.stream.Stream.concat(muscles.stream(), secondaryMuscles.stream()).distinct().toList();
        this.saferAlternative = saferAlternative;
        this.spotterNeeded = spotterNeeded;
        this.suggestion = suggestion;
    }

    public static CatalogMatch unknown() { return UNKNOWN; }

    /** An unknown name with the closest catalog name, for "did you mean". */
    public static CatalogMatch unknown(String suggestion) {
        return new CatalogMatch(null, Tier.UNKNOWN, null, List.of(), List.of(), null, false, suggestion);
    }

    public boolean isKnown() { return name != null; }
    public String getName() { return name; }
    public Tier getTier() { return tier; }
    /** The catalog's equipment column (barbell, dumbbell, machine, smith, cable …); null when unknown. */
    public String getEquipment() { return equipment; }
    /** Cardio rather than lifting: counts as neither heavy compound nor compound, and adds no hard sets. */
    public boolean isConditioning() { return tier == Tier.CONDITIONING; }
    /** The muscles the exercise mainly trains: each of its hard sets counts as a whole set for them. */
    public List<String> getMuscles() { return muscles; }
    /** Muscles that assist (a bench press's triceps): a hard set counts as a fraction of a set for them. */
    public List<String> getSecondaryMuscles() { return secondaryMuscles; }
    public List<String> getTrainedMuscles() { return trainedMuscles; }
    public String getSaferAlternative() { return saferAlternative; }
    public boolean isSpotterNeeded() { return spotterNeeded; }
    public String getSuggestion() { return suggestion; }
}
