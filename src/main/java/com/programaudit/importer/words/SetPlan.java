package com.programaudit.importer.words;

import com.programaudit.importer.grid.*;
import com.programaudit.importer.words.*;
import com.programaudit.importer.layouts.*;
import com.programaudit.importer.assembly.*;
import com.programaudit.importer.*;

import com.programaudit.model.Field;
import com.programaudit.model.Technique;
import java.util.Set;

/** One set as worked out from an entry's cells, before it becomes a model fact. */
public record SetPlan(int number, boolean warmup, Double rir, Double rpe, Double load, boolean failure,
               Set<Technique> techniques, Set<Field> effortFrom) { }
