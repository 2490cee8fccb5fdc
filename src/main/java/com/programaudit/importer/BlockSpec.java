package com.programaudit.importer;

import com.programaudit.model.BlockType;
import com.programaudit.model.CellRef;

/** A block as listed in a Blocks sheet or named by a sheet: its weeks in program order. */
record BlockSpec(String name, BlockType type, int firstWeek, int lastWeek, CellRef origin) { }
