package com.programaudit.importer.assembly;

import com.programaudit.model.BlockType;
import com.programaudit.model.CellRef;

/** A block as listed in a Blocks sheet or named by a sheet: its weeks in program order. */
public record BlockSpec(String name, BlockType type, int firstWeek, int lastWeek, CellRef origin) { }
