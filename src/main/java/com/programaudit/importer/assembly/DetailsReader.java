package com.programaudit.importer.assembly;

import com.programaudit.importer.grid.*;
import com.programaudit.importer.words.*;

import com.programaudit.model.BlockType;
import com.programaudit.model.CellRef;
import com.programaudit.model.Setting;
import com.programaudit.model.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads program details (key/value cells), a Policy sheet of rule settings and a Blocks sheet. */
public final class DetailsReader {
    // a details sheet's header words, compiled once (String.matches compiles at every call, here per cell)
    private static final java.util.regex.Pattern NAME_HEADER = java.util.regex.Pattern.compile("block|phase|mesocycle|block name|phase name|name");
    private static final java.util.regex.Pattern TYPE_HEADER = java.util.regex.Pattern.compile("type|block type|focus|goal");
    private static final java.util.regex.Pattern WEEKS_HEADER = java.util.regex.Pattern.compile("weeks?|week range|wks?");

    public static final String[] DETAIL_SHEETS = {"Program", "Info", "Client", "Athlete", "Details", "Program Info",
            "Client Info", "Overview", "Settings"};
    /** Sheets whose label/value rows are rule settings for this program ("Max drop sets per session | 1"). */
    public static final String[] POLICY_SHEETS = {"Policy", "Thresholds", "Rules", "Audit", "Audit Settings", "Rule Settings"};
    public static final String[] BLOCK_SHEETS = {"Blocks", "Block", "Phases", "Mesocycles", "Periodization"};

    private String name;
    private String athlete;
    private String coach;
    private Level level = Level.UNKNOWN;
    private Boolean trainsAlone;
    private final List<Setting> settings = new ArrayList<>();

    /** Details from a details sheet, then from the rows above a table (which win). */
    public static ProgramDetails read(Grid grid, GridSheet table, int headerRow) {
        DetailsReader reader = new DetailsReader();
        grid.sheetNamed(DETAIL_SHEETS).ifPresent(s -> reader.readPairs(s, 0, s.rowCount(), false));
        if (table != null) reader.readPairs(table, 0, headerRow, false);
        grid.sheetNamed(POLICY_SHEETS).ifPresent(s -> reader.readPairs(s, 0, s.rowCount(), true));
        List<BlockSpec> blocks = grid.sheetNamed(BLOCK_SHEETS).map(DetailsReader::readBlocks).orElse(List.of());
        return new ProgramDetails(reader.name, reader.athlete, reader.coach, reader.level, reader.trainsAlone, blocks,
                reader.settings);
    }

    private void readPairs(GridSheet sheet, int fromRow, int toRow, boolean policySheet) {
        for (int r = fromRow; r < Math.min(toRow, sheet.rowCount()); r++) {
            List<Integer> filled = new ArrayList<>();
            for (int c = 0; c < sheet.width(r); c++) {
                String text = sheet.text(r, c);
                // merged cells repeat their text: count them once
                boolean repeat = !filled.isEmpty() && sheet.text(r, filled.get(filled.size() - 1)).equals(text);
                if (!text.isEmpty() && !repeat) filled.add(c);
            }
            if (filled.isEmpty()) continue;
            String first = sheet.text(r, filled.get(0));
            if (filled.size() == 1 && name == null && !first.contains(":") && !policySheet) {
                name = first;
            } else if (filled.size() == 1 && first.contains(":")) {
                String[] kv = first.split(":", 2);
                accept(kv[0], kv[1].strip(), sheet.ref(r, filled.get(0)), policySheet);
            } else if (filled.size() >= 2) {
                accept(first, sheet.text(r, filled.get(1)), sheet.ref(r, filled.get(1)), policySheet);
            }
        }
    }

    private void accept(String key, String value, CellRef cell, boolean policySheet) {
        if (value.isEmpty()) return;
        String k = HeaderWords.normalize(key);
        if (policySheet) {
            settings.add(new Setting(key.strip(), value, cell, true));
            return;
        }
        switch (k) {
            case "client", "athlete", "name", "client name", "athlete name", "lifter" -> athlete = value;
            case "program", "program name", "title", "plan" -> name = value;
            case "coach", "coach name", "trainer" -> coach = value;
            case "level", "experience", "training level", "training age", "experience level" -> level = Keywords.level(value);
            case "training alone", "trains alone", "alone", "trains solo", "training solo" ->
                    Keywords.yesNo(value).ifPresent(yes -> trainsAlone = yes);
            case "spotter", "has spotter", "spotter available", "training partner", "partner", "has partner",
                 "training partner available" -> Keywords.yesNo(value).ifPresent(yes -> trainsAlone = !yes);
            default -> settings.add(new Setting(key.strip(), value, cell, false));
        }
    }

    private static List<BlockSpec> readBlocks(GridSheet sheet) {
        List<BlockSpec> blocks = new ArrayList<>();
        int nameCol = -1;
        int typeCol = -1;
        int weeksCol = -1;
        int header = -1;
        for (int r = 0; r < Math.min(sheet.rowCount(), 20) && header < 0; r++) {
            for (int c = 0; c < sheet.width(r); c++) {
                String h = HeaderWords.key(sheet.text(r, c));
                if (NAME_HEADER.matcher(h).matches()) nameCol = c;
                else if (TYPE_HEADER.matcher(h).matches()) typeCol = c;
                else if (WEEKS_HEADER.matcher(h).matches()) weeksCol = c;
            }
            if (nameCol >= 0 && weeksCol >= 0) header = r;
        }
        if (header < 0) return blocks;
        for (int r = header + 1; r < sheet.rowCount(); r++) {
            String name = sheet.text(r, nameCol);
            Optional<int[]> weeks = Keywords.weekRange(sheet.text(r, weeksCol));
            if (name.isEmpty() || weeks.isEmpty()) continue;
            BlockType type = typeCol >= 0 ? Keywords.blockType(sheet.text(r, typeCol)) : BlockType.NONE;
            if (type == BlockType.NONE) type = Keywords.blockType(name);
            blocks.add(new BlockSpec(name, type, weeks.get()[0], weeks.get()[1], sheet.ref(r, nameCol)));
        }
        return blocks;
    }
}
