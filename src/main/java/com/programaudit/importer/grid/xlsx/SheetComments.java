package com.programaudit.importer.grid.xlsx;

import com.programaudit.importer.grid.GridSheet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.model.CommentsTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTComment;

/**
 * A sheet's cell comments, from its comments part (xl/commentsN.xml) as POI's CommentsTable parses
 * it: the part is small beside the sheet, so it is read whole while the sheet itself is streamed.
 */
final class SheetComments {
    private SheetComments() { }

    /** Damaged comments are left out: they never made a file unreadable before markers were read from them. */
    static List<GridSheet.Comment> read(PackagePart sheet) {
        List<GridSheet.Comment> comments = new ArrayList<>();
        try {
            for (PackageRelationship relation : sheet.getRelationshipsByType(XSSFRelation.SHEET_COMMENTS.getRelation())) {
                PackagePart part = sheet.getRelatedPart(relation);
                if (part == null) continue;
                CommentsTable table = new CommentsTable(part);
                for (CTComment comment : table.getCTComments().getCommentList().getCommentArray()) {
                    CellAddress at = new CellAddress(comment.getRef());
                    String text = comment.getText() == null ? "" : new XSSFRichTextString(comment.getText()).getString();
                    comments.add(new GridSheet.Comment(at.getRow(), at.getColumn(), text));
                }
            }
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            return List.of();
        }
        comments.sort(Comparator.comparingInt(GridSheet.Comment::row).thenComparingInt(GridSheet.Comment::column));
        return comments;
    }
}
