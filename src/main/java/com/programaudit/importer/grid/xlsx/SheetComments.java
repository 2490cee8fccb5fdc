package com.programaudit.importer.grid.xlsx;

import com.programaudit.importer.grid.GridSheet;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.model.CommentsTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTComment;
import org.xml.sax.SAXException;

/**
 * A sheet's cell comments, from its comments part (xl/commentsN.xml) as POI's CommentsTable parses
 * it: the part is small beside the sheet, so it is read whole while the sheet itself is streamed.
 */
final class SheetComments {
    private SheetComments() { }

    /** Damaged comments are left out: they never made a file unreadable before markers were read from them. */
    static List<GridSheet.Comment> read(XlsxPackage pkg, String sheet) {
        List<GridSheet.Comment> comments = new ArrayList<>();
        try {
            for (XlsxPackage.Relation relation : pkg.relations(sheet)) {
                if (!relation.type().equals(XSSFRelation.SHEET_COMMENTS.getRelation())) continue;
                if (relation.target() == null || !pkg.has(relation.target())) continue;
                CommentsTable table = new CommentsTable();
                try (InputStream xml = pkg.stream(relation.target())) {
                    table.readFrom(xml);
                }
                for (CTComment comment : table.getCTComments().getCommentList().getCommentArray()) {
                    CellAddress at = new CellAddress(comment.getRef());
                    String text = comment.getText() == null ? "" : new XSSFRichTextString(comment.getText()).getString();
                    comments.add(new GridSheet.Comment(at.getRow(), at.getColumn(), text));
                }
            }
        } catch (IOException | SAXException | RuntimeException e) {
            return List.of();
        }
        comments.sort(Comparator.comparingInt(GridSheet.Comment::row).thenComparingInt(GridSheet.Comment::column));
        return comments;
    }
}
